package de.weitblick.participant;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data protection officer's day with the audit trail: finding a person by name and
 * date of birth, reading who read and changed their file, narrowing it to a member of
 * staff and a period, page after page, and taking it away as a CSV file; the look-up and
 * the export are themselves in the trail. A list page leaves one entry naming everyone
 * shown, and a refused read of a case file leaves an entry whatever the role.
 */
@WeitblickIntegrationTest
class DataProtectionOfficerTests {

	private static final LocalDate BORN = LocalDate.of(1987, 3, 14);

	@Autowired
	MockMvc mvc;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	StaffMember counsellor;

	String familyName;

	ParticipantId person;

	@BeforeEach
	void aPersonOfTheDemoTeam() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		CaseFiles.colleague(this.jdbc, this.organisation, this.counsellor);
		this.familyName = CaseFiles.uniqueFamilyName("Datenschutz");
		this.person = this.participants.register(CaseFiles.record(this.familyName, "Erika", BORN), null, false,
				this.counsellor);
	}

	@Test
	void theOfficerFindsAPersonByNameAndBirthDateAndSeesWhoReadAndChangedTheFileButNotTheFile() throws Exception {
		this.mvc.perform(get("/participants/{id}", this.person.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/participants/{id}", this.person.id()).with(user("kollegin").roles("COUNSELLOR")))
			.andExpect(status().isOk());
		this.participants.close(this.person, this.counsellor);

		this.mvc
			.perform(get("/audit").param("name", this.familyName.toLowerCase())
				.param("birthDate", BORN.toString())
				.with(officer())
				.header("Accept-Language", "de"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Protokoll von " + this.familyName + ", Erika")))
			.andExpect(content().string(containsString("/audit?subject=" + this.person.id())));

		this.mvc.perform(get("/audit").param("subject", this.person.id().toString()).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kollegin")))
			.andExpect(content().string(containsString("fachkraft (Fachkraft / Fallmanagement)")))
			.andExpect(content().string(containsString("Fall abgeschlossen")))
			.andExpect(content().string(containsString("Fallbearbeitung")))
			.andExpect(content().string(not(containsString("Erika"))));
		this.mvc.perform(get("/participants/{id}", this.person.id()).with(officer())).andExpect(status().isForbidden());

		assertThat(this.audit.search("datenschutz", this.person.id(), 50)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.READ);
			assertThat(entry.actorRole()).isEqualTo("DATA_PROTECTION_OFFICER");
			assertThat(entry.purpose()).isEqualTo(AccessPurpose.DATA_PROTECTION_REVIEW);
			assertThat(entry.detailKey()).isEqualTo("privacy.detail.person-lookup");
			assertThat(entry.subjectIds()).contains(this.person.id());
		});
	}

	@Test
	void anAdministratorSearchesTheTrailAsBeforeButFindsNobodyByNameAndBirthDate() throws Exception {
		this.mvc
			.perform(get("/audit").param("name", this.familyName)
				.param("birthDate", BORN.toString())
				.with(user("admin").roles("ADMINISTRATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Person finden"))))
			.andExpect(content().string(not(containsString(this.familyName))));
		this.mvc
			.perform(get("/audit").param("subject", this.person.id().toString())
				.with(user("admin").roles("ADMINISTRATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Person registriert")));
	}

	@Test
	void theLookUpNeedsBothNameAndBirthDateAndSaysSo() throws Exception {
		this.mvc.perform(get("/audit").param("name", "").param("birthDate", "").with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("Bitte geben Sie den Namen der Person an.")))
			.andExpect(content().string(containsString("Bitte geben Sie das Geburtsdatum der Person an.")));
		this.mvc.perform(get("/audit").param("from", "2026-05-02").param("to", "2026-05-01").with(officer()))
			.andExpect(content().string(containsString("Das Ende des Zeitraums liegt vor seinem Anfang.")));
	}

	@Test
	void theTrailOfAPersonIsPagedBeyondTwoHundredEntriesAndNarrowedToAMemberOfStaffAndAPeriod() throws Exception {
		String staff = UUID.randomUUID().toString().substring(0, 8);
		// 150 reads by one member of staff in March 2025, 100 changes by another in June.
		this.jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose,
				                         detail_key, detail_args)
				SELECT gen_random_uuid(),
				       CASE WHEN n <= 150 THEN TIMESTAMPTZ '2025-03-03 08:00:00+01' + n * INTERVAL '1 hour'
				            ELSE TIMESTAMPTZ '2025-06-02 08:00:00+02' + n * INTERVAL '1 minute' END,
				       CASE WHEN n <= 150 THEN :staff || '-lesend' ELSE :staff || '-aendernd' END, 'COUNSELLOR',
				       CASE WHEN n <= 150 THEN 'READ' ELSE 'UPDATE' END, 'participant', :person, 'CASE_WORK',
				       CASE WHEN n <= 150 THEN 'participant.audit.health-read' ELSE 'participant.audit.closed' END,
				       '[]'::jsonb
				FROM generate_series(1, 250) AS n
				""").param("staff", staff).param("person", this.person.id()).update();

		String subject = this.person.id().toString();
		this.mvc.perform(get("/audit").param("subject", subject).param("actor", staff).with(officer()))
			.andExpect(content().string(containsString("Einträge 1 bis 50, die neuesten zuerst")))
			.andExpect(content().string(containsString("Ältere Einträge")));
		this.mvc
			.perform(get("/audit").param("subject", subject).param("actor", staff).param("page", "4").with(officer()))
			.andExpect(content().string(containsString("Einträge 201 bis 250, die neuesten zuerst")))
			.andExpect(content().string(containsString("Gesundheitliche Einschränkungen gelesen")))
			.andExpect(content().string(not(containsString("Ältere Einträge"))));
		this.mvc
			.perform(get("/audit").param("subject", subject)
				.param("actor", staff + "-aendernd")
				.param("page", "1")
				.with(officer()))
			.andExpect(content().string(containsString("Einträge 51 bis 100, die neuesten zuerst")))
			.andExpect(content().string(not(containsString(staff + "-lesend"))))
			.andExpect(content().string(not(containsString("Ältere Einträge"))));
		this.mvc
			.perform(get("/audit").param("subject", subject)
				.param("actor", staff)
				.param("from", "2025-03-01")
				.param("to", "2025-03-31")
				.param("page", "2")
				.with(officer()))
			.andExpect(content().string(containsString("Einträge 101 bis 150, die neuesten zuerst")))
			.andExpect(content().string(not(containsString(staff + "-aendernd"))))
			.andExpect(content().string(not(containsString("Ältere Einträge"))));

		byte[] csv = this.mvc
			.perform(get("/audit/export").param("subject", subject)
				.param("actor", staff)
				.with(officer())
				.header("Accept-Language", "de"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(251);
		assertThat(lines.get(0)).isEqualTo(
				"\uFEFFZeitpunkt;Benutzername;Rolle;Vorgang;Datensatz;Kennung;Personen einer Liste;Zweck;Einzelheiten");
		assertThat(lines.get(1)).contains(staff + "-aendernd", "Fachkraft / Fallmanagement", "geändert", "Fallakte",
				subject, "Fallbearbeitung", "Fall abgeschlossen");
		assertThat(lines).filteredOn(line -> line.contains(staff + "-lesend"))
			.hasSize(150)
			.allSatisfy(line -> assertThat(line).contains("Gesundheitliche Einschränkungen gelesen"));

		assertThat(this.audit.search("datenschutz", this.person.id(), 50)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.EXPORT);
			assertThat(entry.subjectType()).isEqualTo(AuditTrail.SUBJECT_TYPE);
			assertThat(entry.structured().arguments()).containsExactly(staff, "–", "–", 250L);
		});
		assertThat(this.audit.search("datenschutz", this.person.id(), 50)).filteredOn(
				entry -> entry.action() == AuditAction.READ && "privacy.detail.trail-search".equals(entry.detailKey()))
			.hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void theCaseloadPageWritesOneEntryNamingEveryPersonShownAndTheSearchForAnyOfThemFindsIt() throws Exception {
		long before = entriesBy("fachkraft");
		this.mvc.perform(get("/participants").with(user("fachkraft").roles("COUNSELLOR"))).andExpect(status().isOk());
		assertThat(entriesBy("fachkraft")).isEqualTo(before + 1);

		AuditEntry list = this.audit.search("fachkraft", null, 1).get(0);
		assertThat(list.subjectId()).isNull();
		assertThat(list.subjectIds()).hasSizeGreaterThan(1);
		assertThat(list.purpose()).isEqualTo(AccessPurpose.CASELOAD);
		UUID shown = list.subjectIds().get(list.subjectIds().size() - 1);
		assertThat(this.audit.search(null, shown, 1000)).extracting(AuditEntry::id).contains(list.id());
		this.mvc.perform(get("/audit").param("subject", shown.toString()).param("actor", "fachkraft").with(officer()))
			.andExpect(content().string(containsString("Liste mit " + list.subjectIds().size() + " Personen")))
			.andExpect(content()
				.string(containsString("In einer Liste gezeigt (" + list.subjectIds().size() + " Personen)")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "ADMINISTRATOR, admin", "PARTNER, jobcenter", "EMPLOYER, arbeitgeber",
			"DATA_PROTECTION_OFFICER, datenschutz", "CONTROLLING, controlling" })
	void aRefusedReadOfACaseFileIsInTheTrailWhateverTheRole(String role, String username) throws Exception {
		this.mvc.perform(get("/participants/{id}", this.person.id()).with(user(username).roles(role)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/participants/{id}", this.person.id()).with(user(username).roles(role)))
			.andExpect(status().isForbidden());

		assertThat(this.audit.search(username, this.person.id(), 10)).hasSize(2).allSatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_REFUSED);
			assertThat(entry.actorRole()).isEqualTo(role);
			assertThat(entry.detailKey()).isEqualTo("privacy.detail.refused-area");
		});
	}

	@Test
	void theDetailsAreShownInTheReadersLanguageAndOlderTextAsItWasWritten() throws Exception {
		this.participants.close(this.person, this.counsellor);
		this.mvc
			.perform(get("/audit").param("subject", this.person.id().toString())
				.with(officer())
				.header("Accept-Language", "de"))
			.andExpect(content().string(containsString("Fall abgeschlossen")));
		this.mvc
			.perform(get("/audit").param("subject", this.person.id().toString())
				.with(officer())
				.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Case closed")))
			.andExpect(content().string(containsString("Person registered")))
			.andExpect(content().string(not(containsString("Fall abgeschlossen"))));

		this.jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor, action, subject_type, subject_id, purpose, detail)
				VALUES (gen_random_uuid(), now(), 'altbestand', 'READ', 'participant', :person, 'CASE_WORK',
				        'written before details had keys')
				""").param("person", this.person.id()).update();
		this.mvc.perform(get("/audit").param("subject", this.person.id().toString()).with(officer()))
			.andExpect(content().string(containsString("written before details had keys")));
	}

	private long entriesBy(String actor) {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE actor = :actor")
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	private static RequestPostProcessor officer() {
		return user("datenschutz").roles("DATA_PROTECTION_OFFICER");
	}

}
