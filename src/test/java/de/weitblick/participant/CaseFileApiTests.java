package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case file's plan, appointments, notes, documents, closing and subject access
 * through the API: the same rules, team boundary, version checks and audit as the pages.
 */
@WeitblickIntegrationTest
class CaseFileApiTests {

	private static final String PASSWORD = "weitblick-demo";

	private static final String PROBLEM = "application/problem+json";

	@Autowired
	MockMvc mvc;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	StaffMember counsellor;

	ParticipantId participant;

	String base;

	@BeforeEach
	void caseFile() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		CaseFiles.otherTeam(this.jdbc, this.organisation);
		this.participant = this.participants.register(
				CaseFiles.record(CaseFiles.uniqueFamilyName("Api"), "Dana", LocalDate.of(1991, 4, 12)), null, false,
				this.counsellor);
		this.base = "/api/v1/participants/" + this.participant.id();
	}

	@Test
	void theTeamKeepsThePlanThroughTheApiAndAStaleChangeIsRefused() throws Exception {
		String goal = this.mvc
			.perform(post(this.base + "/plan/goals").with(counsellor())
				.contentType("application/json")
				.content("{\"title\": \"Ausbildung als Tischlerin\", \"participantWords\": \"Mit Holz arbeiten\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String goalId = JsonPath.read(goal, "$.id");

		this.mvc
			.perform(put(this.base + "/plan/goals/" + goalId).with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 0, \"title\": \"Ausbildung als Tischlerin im Betrieb\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Ausbildung als Tischlerin im Betrieb"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(this.base + "/plan/goals/" + goalId + "/status").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 0, \"status\": \"ACHIEVED\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		this.mvc
			.perform(put(this.base + "/plan/goals/" + goalId + "/status").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 1, \"status\": \"IN_PROGRESS\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));

		String step = this.mvc
			.perform(post(this.base + "/plan/goals/" + goalId + "/steps").with(counsellor())
				.contentType("application/json")
				.content("{\"description\": \"Praktikum suchen\", \"responsible\": \"PARTICIPANT\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.goalId").value(goalId))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String stepId = JsonPath.read(step, "$.id");
		this.mvc
			.perform(put(this.base + "/plan/steps/" + stepId).with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 0, \"description\": \"Praktikum in einer Tischlerei suchen\", "
						+ "\"responsible\": \"TOGETHER\", \"dueOn\": \"" + LocalDate.now().plusDays(14) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responsible").value("TOGETHER"));
		this.mvc
			.perform(put(this.base + "/plan/steps/" + stepId + "/status").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 0, \"status\": \"DONE\"}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put(this.base + "/plan/steps/" + stepId + "/status").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 1, \"status\": \"DONE\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));

		this.mvc.perform(get(this.base + "/plan").with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals", hasSize(1)))
			.andExpect(jsonPath("$.goals[0].steps[0].description").value("Praktikum in einer Tischlerei suchen"));
		assertThat(entries(SupportPlans.SUBJECT_TYPE)).extracting(AuditEntry::action)
			.contains(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.READ);
	}

	@Test
	void aPlanWithoutATitleOrWithAStepInThePastIsRefusedNamingTheField() throws Exception {
		this.mvc
			.perform(post(this.base + "/plan/goals").with(counsellor())
				.contentType("application/json")
				.content("{\"title\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("Bitte beschreiben Sie das Ziel."));
		String goal = this.mvc
			.perform(post(this.base + "/plan/goals").with(counsellor())
				.contentType("application/json")
				.content("{\"title\": \"Führerschein\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(post(this.base + "/plan/goals/" + JsonPath.read(goal, "$.id") + "/steps").with(counsellor())
			.contentType("application/json")
			.content("{\"description\": \"Anmelden\", \"responsible\": \"PARTICIPANT\", \"dueOn\": \"2020-01-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("dueOn"));
		this.mvc
			.perform(put(this.base + "/plan/steps/" + UUID.randomUUID() + "/status").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void anotherTeamAndAPartnerNeitherReadNorChangeThePlanAndTheRefusalIsAudited() throws Exception {
		this.mvc.perform(get(this.base + "/plan").with(otherTeam()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		this.mvc
			.perform(post(this.base + "/plan/goals").with(otherTeam())
				.with(csrf())
				.contentType("application/json")
				.content("{\"title\": \"Fremdes Ziel\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/plan").with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		this.mvc.perform(get(this.base + "/plan").with(httpBasic("fachanleitung", PASSWORD)))
			.andExpect(status().isNotFound());

		assertThat(this.audit.search("fachkraft-anderes-team", this.participant.id(), 10))
			.extracting(AuditEntry::action)
			.contains(AuditAction.ACCESS_REFUSED);
		assertThat(this.jdbc.sql("SELECT count(*) FROM plan_goal WHERE participant_id = :id")
			.param("id", this.participant.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void appointmentsArePlannedMovedCancelledAndTheirOutcomeRecordedOnTheVersionRead() throws Exception {
		LocalDate day = LocalDate.now().plusDays(7);
		String created = this.mvc
			.perform(post(this.base + "/appointments").with(counsellor())
				.contentType("application/json")
				.content("{\"day\": \"" + day + "\", \"time\": \"09:30\", \"kind\": \"PHONE\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.minutes").value(45))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String appointment = this.base + "/appointments/" + JsonPath.read(created, "$.id");

		this.mvc
			.perform(put(appointment).with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 0, \"day\": \"" + day.plusDays(1) + "\", \"time\": \"10:00\", "
						+ "\"minutes\": 60, \"place\": \"Raum 12\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.place").value("Raum 12"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(post(appointment + "/cancellation").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 0}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		this.mvc
			.perform(put(appointment + "/outcome").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 1, \"outcome\": \"PLANNED\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(appointment + "/cancellation").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		this.mvc
			.perform(put(appointment).with(counsellor())
				.contentType("application/json")
				.content("{\"version\": 2, \"day\": \"" + day + "\", \"time\": \"10:00\"}"))
			.andExpect(status().isUnprocessableContent());

		this.mvc
			.perform(post(this.base + "/appointments").with(counsellor())
				.contentType("application/json")
				.content("{\"day\": \"" + day + "\", \"minutes\": 1000}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("time")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("minutes")));
		this.mvc.perform(get(this.base + "/appointments").with(otherTeam())).andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/appointments").with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
		assertThat(entries(CaseJournal.SUBJECT_TYPE)).extracting(CaseFileApiTests::detailKey)
			.contains("participant.audit.appointment-planned", "participant.audit.appointment-changed",
					"participant.audit.appointment-status", "participant.audit.appointments-read");
	}

	@Test
	void notesRespectTheirVisibilityThroughTheApi() throws Exception {
		this.mvc
			.perform(post(this.base + "/notes").with(counsellor())
				.contentType("application/json")
				.content("{\"text\": \"Nur für mich\", \"visibility\": \"AUTHOR_ONLY\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.visibility").value("AUTHOR_ONLY"))
			.andExpect(jsonPath("$.author").value("fachkraft"));
		this.mvc
			.perform(post(this.base + "/notes").with(counsellor())
				.contentType("application/json")
				.content("{\"text\": \"Für das Team\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.visibility").value("TEAM"));
		StaffMember colleague = CaseFiles.colleague(this.jdbc, this.organisation, this.counsellor);

		this.mvc.perform(get(this.base + "/notes").with(user(colleague.username()).roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].text", hasItem("Für das Team")))
			.andExpect(jsonPath("$[*].text", not(hasItem("Nur für mich"))));
		this.mvc.perform(get(this.base + "/notes").with(counsellor()))
			.andExpect(jsonPath("$[*].text", hasItem("Nur für mich")));
		this.mvc
			.perform(post(this.base + "/notes").with(counsellor())
				.contentType("application/json")
				.content("{\"text\": \"" + "x".repeat(4001) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		this.mvc.perform(get(this.base + "/notes").with(otherTeam())).andExpect(status().isNotFound());
		assertThat(entries(CaseJournal.SUBJECT_TYPE)).extracting(CaseFileApiTests::detailKey)
			.contains("participant.audit.note-written", "participant.audit.notes-read");
	}

	@Test
	void documentsAreCheckedByTheirContentListedAndDownloadedThroughTheApi() throws Exception {
		byte[] pdf = "%PDF-1.4\n%test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		String created = this.mvc
			.perform(multipart(this.base + "/documents")
				.file(new MockMultipartFile("file", "../zeugnis.exe", "application/octet-stream", pdf))
				.param("title", "Zeugnis")
				.with(counsellor()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("PDF"))
			.andExpect(jsonPath("$.fileName").value("zeugnis.pdf"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(multipart(this.base + "/documents")
				.file(new MockMultipartFile("file", "bild.pdf", "application/pdf", "MZ program".getBytes()))
				.param("title", "Getarnt")
				.with(counsellor()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.field").value("file"));
		this.mvc
			.perform(multipart(this.base + "/documents").file(new MockMultipartFile("file", "a.pdf", null, pdf))
				.with(counsellor()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("title"));

		this.mvc.perform(get(this.base + "/documents").with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get(this.base + "/documents/" + JsonPath.read(created, "$.id")).with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(content().bytes(pdf));
		this.mvc.perform(get(this.base + "/documents/" + JsonPath.read(created, "$.id")).with(otherTeam()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart(this.base + "/documents").file(new MockMultipartFile("file", "a.pdf", null, pdf))
				.param("title", "Fremd")
				.with(otherTeam())
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(entries(CaseDocuments.SUBJECT_TYPE)).extracting(CaseFileApiTests::detailKey)
			.contains("participant.audit.document-uploaded", "participant.audit.documents-listed",
					"participant.audit.document-downloaded");
	}

	@Test
	void theTeamClosesAndReopensACaseFileOnTheVersionRead() throws Exception {
		int version = this.caseFiles
			.caseFile(this.participant, this.counsellor, de.weitblick.privacy.AccessPurpose.CASE_WORK)
			.orElseThrow()
			.participant()
			.version();
		this.mvc
			.perform(post(this.base + "/close").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": " + (version + 1) + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		this.mvc.perform(post(this.base + "/close").with(counsellor()).contentType("application/json").content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		this.mvc
			.perform(post(this.base + "/close").with(otherTeam())
				.with(csrf())
				.contentType("application/json")
				.content("{\"version\": " + version + "}"))
			.andExpect(status().isNotFound());
		String closed = this.mvc
			.perform(post(this.base + "/close").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": " + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedOn").value(LocalDate.now().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int closedVersion = JsonPath.read(closed, "$.version");
		this.mvc
			.perform(post(this.base + "/close").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": " + closedVersion + "}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post(this.base + "/reopen").with(counsellor())
				.contentType("application/json")
				.content("{\"version\": " + closedVersion + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		assertThat(entries(ParticipantManagement.SUBJECT_TYPE)).extracting(CaseFileApiTests::detailKey)
			.contains("participant.audit.closed", "participant.audit.reopened");
	}

	@Test
	void theSubjectAccessReportComesAsJsonAndPdfForTheTeamOnly() throws Exception {
		this.mvc.perform(get(this.base + "/subject-access").with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("auskunft-" + this.participant.id() + ".json")))
			.andExpect(jsonPath("$.participantId").value(this.participant.id().toString()))
			.andExpect(jsonPath("$.details.givenNames").value("Dana"));
		byte[] pdf = this.mvc.perform(get(this.base + "/subject-access/pdf").with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		this.mvc.perform(get(this.base + "/subject-access").with(otherTeam())).andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/subject-access").with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(entries(ParticipantManagement.SUBJECT_TYPE)).extracting(AuditEntry::action)
			.filteredOn(action -> action == AuditAction.EXPORT)
			.hasSize(2);
	}

	@Test
	void aColleagueWithoutTheHealthDataPermissionGetsTheReportWithoutHealthData() throws Exception {
		StaffMember colleague = CaseFiles.colleague(this.jdbc, this.organisation, this.counsellor);

		this.mvc.perform(get(this.base + "/subject-access").with(user(colleague.username()).roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.healthWithheld").value(true))
			.andExpect(jsonPath("$.health").value(org.hamcrest.Matchers.nullValue()));
		this.mvc.perform(get(this.base + "/subject-access").with(counsellor()))
			.andExpect(jsonPath("$.healthWithheld").value(false));
	}

	@Test
	void theApiDescriptionNamesEachOperationByItsDomainVerb() throws Exception {
		String description = this.mvc.perform(get("/api/docs/openapi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(description).contains("\"readSupportPlan\"", "\"addGoal\"", "\"changeGoal\"", "\"changeGoalStatus\"",
				"\"planStep\"", "\"changeStep\"", "\"changeStepStatus\"", "\"listAppointments\"", "\"planAppointment\"",
				"\"rescheduleAppointment\"", "\"cancelAppointment\"", "\"recordAppointmentOutcome\"", "\"listNotes\"",
				"\"writeNote\"", "\"listDocuments\"", "\"uploadDocument\"", "\"downloadDocument\"", "\"closeCaseFile\"",
				"\"reopenCaseFile\"", "\"reportSubjectAccess\"", "\"printSubjectAccess\"", "\"referByCustomerNumber\"",
				"\"uploadReferralList\"", "\"readReferralList\"");
	}

	private static String detailKey(AuditEntry entry) {
		return (entry.structured() != null) ? entry.structured().key() : entry.detail();
	}

	private List<AuditEntry> entries(String subjectType) {
		return this.audit.search("fachkraft", this.participant.id(), 200)
			.stream()
			.filter(entry -> entry.subjectType().equals(subjectType))
			.toList();
	}

	private static RequestPostProcessor counsellor() {
		return httpBasic("fachkraft", PASSWORD);
	}

	private static RequestPostProcessor otherTeam() {
		return user("fachkraft-anderes-team").roles("COUNSELLOR");
	}

}
