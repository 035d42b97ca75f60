package de.weitblick.participant;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.participant.referralimport.ReferralImportId;
import de.weitblick.participant.referralimport.ReferralImportRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Jobcenter uploads referral lists with its own partner account: the people go to the
 * team of the counsellor set to take partners' referrals (fachkraft's in the test
 * settings), and the Jobcenter reads the import's report, never a case file.
 */
@WeitblickIntegrationTest
class ReferralListApiTests {

	private static final String PASSWORD = "weitblick-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferralImportRunner runner;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	StaffMember counsellor;

	String number;

	String name;

	@BeforeEach
	void list() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.number = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L)) + "J";
		this.name = ReferralImportTests.unrelatedName();
	}

	@Test
	void theJobcenterUploadsAListIntoTheIntakeTeamAndReadsOnlyItsReport() throws Exception {
		String first = upload("Kundennummer;Nachname;Vorname;Geburtsdatum;Bemerkung\r\n" + this.number + ";" + this.name
				+ ";Anna;03.01.1990;Sucht Arbeit im Handwerk\r\n");
		UUID person = this.jdbc.sql("SELECT participant_id FROM participant_referral WHERE customer_number = :number")
			.param("number", this.number)
			.query(UUID.class)
			.single();
		assertThat(this.jdbc.sql("SELECT counsellor_id FROM participant WHERE id = :id")
			.param("id", person)
			.query(UUID.class)
			.single()).isEqualTo(this.counsellor.id());
		assertThat(this.audit.search("jobcenter", person, 10)).extracting(AuditEntry::action)
			.contains(AuditAction.CREATE);

		String second = upload("Kundennummer;Nachname;Vorname;Geburtsdatum\r\n" + this.number + ";" + this.name
				+ ";Anna;03.01.1990\r\n" + this.number + "X;" + this.name + "x;Ben;31.02.1990\r\n");
		this.mvc.perform(get(second).with(jobcenter()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.alreadyImportedRows").value(1))
			.andExpect(jsonPath("$.invalidRows").value(1))
			.andExpect(jsonPath("$.report.findings[0].outcome").value("ALREADY_IMPORTED"))
			.andExpect(jsonPath("$.report.findings[0].participantId").value(nullValue()))
			.andExpect(jsonPath("$.report.findings[1].column").value("Geburtsdatum"));
		this.mvc.perform(get(second + "/report").with(jobcenter()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", startsWith("attachment")));
		this.mvc.perform(get("/api/v1/referral-lists").with(jobcenter()))
			.andExpect(jsonPath("$[*].id", hasItem(id(first).toString())));

		// The receiving team sees the partner's lists among its imports, with its cases.
		this.mvc
			.perform(get(second.replace("/api/v1/referral-lists/", "/api/v1/participants/imports/"))
				.with(httpBasic("fachkraft", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.report.findings[0].participantId").value(person.toString()));
		this.mvc.perform(get("/api/v1/participants/" + person).with(jobcenter())).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/participants/imports").with(jobcenter())).andExpect(status().isForbidden());
		assertThat(this.audit.search("jobcenter", id(second), 10)).extracting(AuditEntry::purpose)
			.contains(AccessPurpose.PARTNER_INTERFACE);
	}

	@Test
	void aListThatCannotBeReadIsRefusedNamingTheColumnsAndNothingIsStored() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/referral-lists")
				.file(file("Kundennummer;Nachname;Vorname;Geburtsdatum;Lieblingsfarbe\r\n"
						+ this.number + ";" + this.name + ";Anna;03.01.1990;blau\r\n"))
				.with(jobcenter()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.field").value("file"))
			.andExpect(jsonPath("$.columns[0]").value("Lieblingsfarbe"));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM referral_import WHERE importer_username = 'jobcenter' AND "
					+ "file_name = 'liste-" + this.number + ".csv'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void onlyAPartnerUploadsHereAndNeverReadsAnotherImport() throws Exception {
		String list = "Kundennummer;Nachname;Vorname;Geburtsdatum\r\n" + this.number + ";" + this.name
				+ ";Anna;03.01.1990\r\n";
		this.mvc.perform(multipart("/api/v1/referral-lists").file(file(list)).with(httpBasic("fachkraft", PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		String counsellors = this.mvc
			.perform(multipart("/api/v1/participants/imports").file(file(list)).with(httpBasic("fachkraft", PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(get("/api/v1/referral-lists/" + JsonPath.read(counsellors, "$.id")).with(jobcenter()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	/**
	 * Uploads a list as the Jobcenter and works on it until it is finished.
	 * @return the list's address
	 */
	private String upload(String list) throws Exception {
		String location = this.mvc.perform(multipart("/api/v1/referral-lists").file(file(list)).with(jobcenter()))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", startsWith("/api/v1/referral-lists/")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		ImportsToTheEnd.awaitFinished(this.runner, new ReferralImportId(id(location)));
		return location;
	}

	private static UUID id(String location) {
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockMultipartFile file(String list) {
		return new MockMultipartFile("file", "liste-" + this.number + ".csv", "text/csv",
				list.getBytes(StandardCharsets.UTF_8));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor jobcenter() {
		return httpBasic("jobcenter", PASSWORD);
	}

}
