package de.weitblick.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.shared.NotFound;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case file shows every project a person was or is in, with the state, the days and
 * what is stored about it, although the participant module knows nothing of projects; the
 * subject-access report holds the same, as JSON and as PDF.
 */
@WeitblickIntegrationTest
class ParticipationHistoryTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	ProjectFixtures fixtures;

	ParticipantId person;

	String finished;

	String running;

	@BeforeEach
	void aPersonInTwoProjects() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
		ProjectId done = this.fixtures.project(EligibilityRules.NONE, Set.of(), 3);
		ProjectId now = this.fixtures.project(EligibilityRules.NONE, Set.of(), 3);
		this.finished = this.projects.project(done).orElseThrow().displayName();
		this.running = this.projects.project(now).orElseThrow().displayName();
		this.person = this.fixtures.person("Verlauf" + UUID.randomUUID());
		LocalDate today = LocalDate.now(this.clock);
		EnrolmentId first = this.referrals.refer(
				new ReferralRequest(done, null, this.person, null, "Sprachförderung vor der Ausbildung"),
				this.fixtures.counsellor);
		this.enrolments.enrol(first, version(first), today, this.fixtures.lead);
		this.enrolments.exit(first, version(first), EnrolmentStatus.COMPLETED, today, null,
				"Ziel erreicht, Praktikum gefunden", this.fixtures.lead);
		this.referrals.refer(this.fixtures.referral(now, this.person), this.fixtures.counsellor);
	}

	@Test
	void theCaseFileListsEveryProjectThePersonWasOrIsInWithStateDaysAndNotes() throws Exception {
		String today = DAY.format(LocalDate.now(this.clock));
		this.mvc.perform(get("/participants/{id}", this.person.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Projekte und Teilnahmen")))
			.andExpect(content().string(containsString(this.finished)))
			.andExpect(content().string(containsString(this.running)))
			.andExpect(content().string(containsString("abgeschlossen")))
			.andExpect(content().string(containsString("Platz angeboten")))
			.andExpect(content().string(containsString("Beginn am " + today)))
			.andExpect(content().string(containsString("Ende am " + today)))
			.andExpect(content().string(containsString("Anlass der Zuweisung: Sprachförderung vor der Ausbildung")))
			.andExpect(content().string(containsString("Bemerkung: Ziel erreicht, Praktikum gefunden")));
	}

	@Test
	void aProjectLeadSeesNoHistoryOfOtherProjectsOnTheCaseFile() throws Exception {
		this.mvc.perform(get("/participants/{id}", this.person.id()).with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Projekte und Teilnahmen"))));
		assertThatThrownBy(() -> this.caseFiles.participations(this.person, this.fixtures.lead))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void theSubjectAccessReportHoldsTheEnrolmentsAsJson() throws Exception {
		this.mvc
			.perform(get("/participants/{id}/subject-access", this.person.id())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.participations.length()").value(2))
			.andExpect(jsonPath("$.participations[*].offer", hasItem(this.finished)))
			.andExpect(jsonPath("$.participations[*].status", hasItem("COMPLETED")))
			.andExpect(jsonPath("$.participations[*].facts[*].value", hasItem("Sprachförderung vor der Ausbildung")));
	}

	@Test
	void theSubjectAccessPdfNamesTheProjectsWithTheirState() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/participants/{id}/subject-access.pdf", this.person.id())
				.with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Projekte und Teilnahmen")
				.contains("Testprojekt")
				.contains("abgeschlossen")
				.contains("Ziel erreicht, Praktikum gefunden");
		}
	}

	private int version(EnrolmentId id) {
		return this.enrolments.enrolment(id, this.fixtures.lead).orElseThrow().enrolment().version();
	}

}
