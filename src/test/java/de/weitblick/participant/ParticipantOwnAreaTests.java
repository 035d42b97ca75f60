package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.participant.portal.InvitationChannel;
import de.weitblick.participant.portal.PortalInvitations;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.project.EligibilityRules;
import de.weitblick.project.PartnerRole;
import de.weitblick.project.PlacesPlan;
import de.weitblick.project.ProjectDescription;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectKind;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectPartnership;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.ReferralRequest;
import de.weitblick.project.Referrals;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.privacy.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the person finds in the own area besides messages and appointments: the notes the
 * team shared, the projects, the own documents and the own password. Only the own case
 * file is reached, whatever the address says, and every read and change is audited.
 */
@WeitblickIntegrationTest
class ParticipantOwnAreaTests {

	private static final String PASSWORD = "ein langes Passwort für mich";

	@Autowired
	PortalInvitations invitations;

	@Autowired
	CaseJournal journal;

	@Autowired
	CaseDocuments documents;

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Referrals referrals;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

	StaffMember counsellor;

	ParticipantId participant;

	String account;

	@BeforeEach
	void personWithAnAccount() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.participant = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Eigen"), "Leyla", LocalDate.of(1993, 3, 3)), null, false,
				this.counsellor);
		String code = this.invitations.invite(this.participant, InvitationChannel.LETTER, null, this.counsellor).code();
		this.account = this.invitations.redeem(code, "tn-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD,
				PASSWORD);
	}

	private List<String> auditedOfAccount() {
		return this.audit.search(this.account, null, 50).stream().map(AuditEntry::detailKey).toList();
	}

	@Test
	void thePersonReadsOnlyTheNotesSharedWithThemNeverTheTeamsOwnNorARemovedOne() throws Exception {
		this.journal.writeNote(this.participant, "Nur für das Team: wirkt unsicher.", NoteVisibility.TEAM,
				this.counsellor);
		this.journal.writeNote(this.participant, "Nur für mich selbst.", NoteVisibility.AUTHOR_ONLY, this.counsellor);
		this.journal.writeNote(this.participant, "Für Sie: Bewerbung bis Freitag abschicken.",
				NoteVisibility.SHARED_WITH_PARTICIPANT, this.counsellor);
		this.journal.writeNote(this.participant, "Für Sie: Termin beim Jobcenter am 3. März.",
				NoteVisibility.SHARED_WITH_PARTICIPANT, this.counsellor);
		java.util.UUID removed = this.journal.writeNote(this.participant, "Für Sie: falsche Adresse notiert.",
				NoteVisibility.SHARED_WITH_PARTICIPANT, this.counsellor);
		this.journal.removeNote(this.participant, removed, "Irrtum", this.counsellor);

		this.mvc.perform(get("/mein-bereich/notizen").with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Für Sie: Bewerbung bis Freitag abschicken.")))
			.andExpect(content().string(containsString("geschrieben von: Ihre Beraterin oder Ihr Berater")))
			.andExpect(content().string(not(containsString("wirkt unsicher"))))
			.andExpect(content().string(not(containsString("Nur für mich selbst."))))
			.andExpect(content().string(not(containsString("falsche Adresse"))))
			.andExpect(content().string(not(containsString("Irrtum"))));
		this.mvc.perform(get("/api/v1/me/notes").with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].text").value(contains("Für Sie: Termin beim Jobcenter am 3. März.",
					"Für Sie: Bewerbung bis Freitag abschicken.")))
			.andExpect(jsonPath("$[0].authorRoleKey").value("participant.portal.notes.author.COUNSELLOR"));
		assertThat(auditedOfAccount()).contains("participant.portal.audit.notes-read");
	}

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private int documentsOfThePerson() {
		return this.jdbc.sql("SELECT count(*) FROM participant_document WHERE participant_id = :id")
			.param("id", this.participant.id())
			.query(Integer.class)
			.single();
	}

	@Test
	void thePersonUploadsACvAndTheCounsellorSeesOnTheCaseFileThatThePersonBroughtIt() throws Exception {
		this.documents.upload(this.participant, "Zuweisung Jobcenter", "zuweisung.pdf", PDF, this.counsellor);
		this.mvc
			.perform(multipart("/mein-bereich/dokumente")
				.file(new MockMultipartFile("file", "Lebenslauf Leyla.pdf", "application/pdf", PDF))
				.param("title", "Lebenslauf")
				.with(csrf())
				.with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/mein-bereich/dokumente"));

		this.mvc.perform(get("/mein-bereich/dokumente").with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lebenslauf herunterladen")))
			.andExpect(content().string(containsString("Von Ihnen hochgeladen am")))
			.andExpect(content().string(containsString("Zuweisung Jobcenter herunterladen")));
		String listed = this.mvc.perform(get("/api/v1/me/documents").with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].title").value("Lebenslauf"))
			.andExpect(jsonPath("$[0].uploadedByMe").value(true))
			.andExpect(jsonPath("$[1].uploadedByMe").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String documentId = com.jayway.jsonpath.JsonPath.read(listed, "$[0].id");
		this.mvc.perform(get("/mein-bereich/dokumente/{id}", documentId).with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().bytes(PDF));

		this.mvc.perform(get("/participants/{id}", this.participant.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("von der Person in Mein Bereich hochgeladen")));
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM staff_notification WHERE recipient_id = :c
				AND message_key = 'participant.portal.notification.document-uploaded' AND link = :link
				""")
			.param("c", this.counsellor.id())
			.param("link", "/participants/" + this.participant.id() + "#documents")
			.query(Integer.class)
			.single()).as("the counsellor is told").isEqualTo(1);
		assertThat(auditedOfAccount()).contains("participant.portal.audit.document-uploaded",
				"participant.portal.audit.documents-read", "participant.portal.audit.document-downloaded");
	}

	@Test
	void aDisguisedOrOversizedUploadIsRefusedWithAGermanMessageAndNothingIsStored() throws Exception {
		byte[] program = "MZ\u0090\u0000 this is a program".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		this.mvc
			.perform(multipart("/mein-bereich/dokumente")
				.file(new MockMultipartFile("file", "zeugnis.pdf", "application/pdf", program))
				.param("title", "Zeugnis")
				.with(csrf())
				.with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Die Datei ist kein PDF, PNG oder JPEG")))
			.andExpect(content().string(containsString("href=\"#file\"")));
		byte[] oversized = new byte[CaseDocuments.MAXIMUM_BYTES + 1];
		System.arraycopy(PDF, 0, oversized, 0, PDF.length);
		this.mvc
			.perform(multipart("/api/v1/me/documents")
				.file(new MockMultipartFile("file", "zeugnis.pdf", "application/pdf", oversized))
				.param("title", "Zeugnis")
				.with(csrf())
				.with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.field").value("file"));
		this.mvc
			.perform(multipart("/api/v1/me/documents")
				.file(new MockMultipartFile("file", "lebenslauf.pdf", "application/pdf", PDF))
				.with(csrf())
				.with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.field").value("title"));

		assertThat(documentsOfThePerson()).isZero();
		assertThat(auditedOfAccount()).filteredOn("participant.portal.audit.refused.upload"::equals).hasSize(3);
	}

	@Test
	void anotherPersonsDocumentIsRefusedAsIfItDidNotExistAndTheAttemptIsAudited() throws Exception {
		ParticipantId somebodyElse = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Fremd"), "Jonas", LocalDate.of(1980, 1, 1)), null, false,
				this.counsellor);
		UUID foreign = this.documents.upload(somebodyElse, "Zeugnis von Jonas", "zeugnis.pdf", PDF, this.counsellor);

		this.mvc.perform(get("/api/v1/me/documents/{id}", foreign).with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/mein-bereich/dokumente/{id}", foreign).with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Zeugnis von Jonas"))));
		this.mvc.perform(get("/api/v1/me/documents").with(user(this.account).roles("PARTICIPANT")))
			.andExpect(jsonPath("$").isEmpty());
		assertThat(this.audit.search(this.account, null, 50)).filteredOn(entry -> foreign.equals(entry.subjectId()))
			.extracting(AuditEntry::detailKey)
			.containsOnly("participant.portal.audit.refused.not-own");
	}

	@Test
	void thePersonSeesTheProjectOfferedWithTheNextStepInPlainWordsButNotTheReferralNote() throws Exception {
		String name = "Werkstatt Holz " + UUID.randomUUID().toString().substring(0, 6);
		ProjectId project = project(name);
		this.referrals.refer(
				new ReferralRequest(project, null, this.participant, null, "Wirkt im Gespräch sehr unsicher."),
				this.counsellor);

		this.mvc.perform(get("/mein-bereich/projekte").with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Platz angeboten")))
			.andExpect(content().string(containsString("einen Platz angeboten bekommen. Bitte melden Sie sich bald bei "
					+ this.counsellor.displayName() + ".")))
			.andExpect(content().string(not(containsString("unsicher"))));
		this.mvc.perform(get("/api/v1/me/projects").with(user(this.account).roles("PARTICIPANT")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].project").value(name))
			.andExpect(jsonPath("$[0].status").value("OFFERED"))
			.andExpect(jsonPath("$[0].current").value(true))
			.andExpect(jsonPath("$[0].nextStep").value(containsString("Sagen Sie, ob Sie den Platz nehmen.")));
		assertThat(auditedOfAccount()).contains("participant.portal.audit.projects-read");
	}

	private ProjectId project(String name) {
		StaffMember controlling = this.organisation.staffMember("controlling").orElseThrow();
		StaffMember lead = this.organisation.staffMember("projektleitung").orElseThrow();
		ProjectId id = this.projects.create(new ProjectDescription(name, null, ProjectKind.QUALIFICATION,
				ProjectStatus.RUNNING, null, UUID.fromString("019a0000-0000-7000-8000-000000001505"), lead.id(),
				LocalDate.of(2026, 1, 1), null, "Kassel", java.util.Set.of(), EligibilityRules.NONE,
				java.util.Set.of(new ProjectPartnership(UUID.fromString("019a0000-0000-7000-8000-000000002001"),
						PartnerRole.REFERRER)),
				java.util.Set.of(), List.of()), controlling);
		this.placesPlanning.addPeriod(id,
				new PlacesPlan("Herbst", LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1), 5), lead);
		return id;
	}

	private String passwordHash() {
		return this.jdbc.sql("SELECT password_hash FROM staff_account WHERE username = :u")
			.param("u", this.account)
			.query(String.class)
			.single();
	}

	@Test
	void aWrongCurrentPasswordIsRefusedWithAGermanMessageChangesNothingAndIsAudited() throws Exception {
		String before = passwordHash();
		this.mvc
			.perform(post("/mein-bereich/passwort").with(csrf())
				.with(user(this.account).roles("PARTICIPANT"))
				.param("currentPassword", "nicht mein Passwort")
				.param("newPassword", "ein neues langes Passwort")
				.param("repeatedPassword", "ein neues langes Passwort"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Das bisherige Passwort stimmt nicht.")))
			.andExpect(content().string(containsString("href=\"#currentPassword\"")));
		this.mvc
			.perform(put("/api/v1/me/password").with(csrf())
				.with(user(this.account).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"currentPassword": "%s", "newPassword": "kurz", "repeatedPassword": "kurz"}
						""".formatted(PASSWORD)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.field").value("newPassword"));
		assertThat(passwordHash()).isEqualTo(before);
		assertThat(auditedOfAccount()).contains("participant.portal.audit.refused.password-wrong",
				"participant.portal.audit.refused.password-rules");
	}

	@Test
	void thePersonChangesTheOwnPasswordWithTheCurrentOne() throws Exception {
		this.mvc
			.perform(post("/mein-bereich/passwort").with(csrf())
				.with(user(this.account).roles("PARTICIPANT"))
				.param("currentPassword", PASSWORD)
				.param("newPassword", "ein neues langes Passwort")
				.param("repeatedPassword", "ein neues langes Passwor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#repeatedPassword\"")));
		this.mvc
			.perform(put("/api/v1/me/password").with(csrf())
				.with(user(this.account).roles("PARTICIPANT"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"currentPassword": "%s", "newPassword": "ein neues langes Passwort",
						 "repeatedPassword": "ein neues langes Passwort"}
						""".formatted(PASSWORD)))
			.andExpect(status().isNoContent());
		assertThat(this.passwordEncoder.matches("ein neues langes Passwort", passwordHash())).isTrue();
		assertThat(auditedOfAccount()).contains("participant.portal.audit.password-changed");
	}

}
