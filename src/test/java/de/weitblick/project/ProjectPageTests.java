package de.weitblick.project;

import java.util.UUID;

import de.weitblick.strategy.GoalDefinition;
import de.weitblick.strategy.GoalFigures.ServingProject;
import de.weitblick.strategy.GoalId;
import de.weitblick.strategy.GoalIndicator;
import de.weitblick.strategy.StrategyGoal;
import de.weitblick.strategy.StrategyManagement;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project pages as the people who use them see them.
 */
@WeitblickIntegrationTest
class ProjectPageTests {

	private static final String IN_MIGRA = "/projects/019a0000-0000-7000-8000-000000005002";

	private static final String CARRIAGE_WORKSHOP = "/projects/019a0000-0000-7000-8000-000000005005";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	de.weitblick.organisation.OrganisationManagement organisation;

	@Autowired
	de.weitblick.participant.ParticipantManagement participants;

	@Autowired
	java.time.Clock clock;

	@Autowired
	StrategyManagement strategy;

	@Test
	void inMigrasPageShowsTheRaiseFromTwentyFiveToThirtyFiveWithItsReason() throws Exception {
		this.mvc.perform(get(IN_MIGRA).with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("25 → 35 (+40 %)")))
			.andExpect(content().string(containsString("Erhöhung der Teilnehmendenplätze um 40 %")));
	}

	@Test
	void theProjectLeadSeesWhoTakesPartAndTheWaitingListInOrder() throws Exception {
		String page = this.mvc.perform(get(CARRIAGE_WORKSHOP).with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Warteliste des Zeitraums")))
			.andExpect(content().string(containsString("für 0 Wochen Wartezeit")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher steps = java.util.regex.Pattern.compile("href=\"(/enrolments/[0-9a-f-]{36})\"")
			.matcher(page);
		org.assertj.core.api.Assertions.assertThat(steps.find()).isTrue();

		this.mvc.perform(get(steps.group(1)).with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Teilnahme beenden")));
		this.mvc.perform(get(steps.group(1)).with(user("moderation").roles("MODERATION")))
			.andExpect(status().isForbidden());
	}

	@Test
	void somebodyOutsideTheProjectSeesTheFiguresButNoNames() throws Exception {
		this.mvc.perform(get(CARRIAGE_WORKSHOP).with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Namen sehen nur die Projektleitung")))
			.andExpect(content().string(not(containsString("Warteliste des Zeitraums"))));
	}

	@Test
	void loweringThePlacesBelowThoseTakenIsExplainedOnThePage() throws Exception {
		PlacePeriod current = this.projects.places(SyntheticEnrolments.CARRIAGE_WORKSHOP)
			.stream()
			.filter(period -> period.period().contains(java.time.LocalDate.now()))
			.findFirst()
			.orElseThrow();

		this.mvc
			.perform(post(CARRIAGE_WORKSHOP + "/periods/" + current.id() + "/capacity")
				.with(user("projektleitung").roles("PROJECT_LEAD"))
				.with(csrf())
				.param("version", String.valueOf(current.version()))
				.param("places", "0")
				.param("effectiveOn", "2026-12-01")
				.param("reason", "Kürzung"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Die Platzzahl wurde nicht geändert")))
			.andExpect(content().string(containsString("kann nicht auf 0 gesenkt werden")));
	}

	@Test
	void aStepWithADateInTheFutureIsExplainedOnTheEnrolmentsPage() throws Exception {
		String page = this.mvc.perform(get(CARRIAGE_WORKSHOP).with(user("projektleitung").roles("PROJECT_LEAD")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher steps = java.util.regex.Pattern.compile("href=\"/enrolments/([0-9a-f-]{36})\"")
			.matcher(page);
		org.assertj.core.api.Assertions.assertThat(steps.find()).isTrue();
		EnrolmentView enrolled = this.enrolments
			.enrolment(new EnrolmentId(UUID.fromString(steps.group(1))),
					this.organisation.staffMember("projektleitung").orElseThrow())
			.orElseThrow();

		this.mvc
			.perform(post("/enrolments/" + steps.group(1) + "/exit").with(user("projektleitung").roles("PROJECT_LEAD"))
				.with(csrf())
				.param("version", String.valueOf(enrolled.enrolment().version()))
				.param("exit", "COMPLETED")
				.param("date", java.time.LocalDate.now().plusDays(10).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Das wurde nicht gespeichert")))
			.andExpect(content().string(containsString("Das Datum liegt in der Zukunft.")));
	}

	@Test
	void theProjectFormRendersForTheHeadOfDepartmentAndNamesMissingEntries() throws Exception {
		this.mvc.perform(get("/projects/new").with(user("controlling").roles("CONTROLLING")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Teilnahmevoraussetzungen")));
		this.mvc
			.perform(post("/projects").with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.param("name", "")
				.param("organisationalUnitId", "019a0000-0000-7000-8000-000000001505"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte geben Sie den Namen des Projekts an.")))
			.andExpect(content().string(containsString("Bitte wählen Sie die Art des Projekts.")));
		this.mvc.perform(get("/projects/new").with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCompleteProjectFormSetsUpTheProject() throws Exception {
		this.mvc
			.perform(post("/projects").with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.param("name", "Formularprojekt " + UUID.randomUUID())
				.param("kind", "OUTREACH")
				.param("status", "PLANNED")
				.param("organisationalUnitId", "019a0000-0000-7000-8000-000000001505")
				.param("startsOn", "2027-01-01")
				.param("minimumAge", "30")
				.param("maximumAge", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Das Höchstalter liegt unter dem Mindestalter.")));
		this.mvc
			.perform(post("/projects").with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.param("name", "Formularprojekt " + UUID.randomUUID())
				.param("kind", "OUTREACH")
				.param("status", "PLANNED")
				.param("organisationalUnitId", "019a0000-0000-7000-8000-000000001505")
				.param("leadId", "019a0000-0000-7000-8000-000000003002")
				.param("startsOn", "2027-01-01")
				.param("partnerRoles[019a0000-0000-7000-8000-000000002001]", "REFERRER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/projects/")));
	}

	@Test
	void theProjectFormChoosesTheStrategyGoalsTheProjectServesAndTheGoalPagesCountIt() throws Exception {
		GoalId reach = goal("Mehr Menschen erreichen " + UUID.randomUUID());
		GoalId work = goal("Mehr Übergänge in Arbeit " + UUID.randomUUID());
		String name = "Zielprojekt " + UUID.randomUUID();
		String location = this.mvc
			.perform(post("/projects").with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.param("name", name)
				.param("kind", "OUTREACH")
				.param("status", "PLANNED")
				.param("organisationalUnitId", "019a0000-0000-7000-8000-000000001505")
				.param("startsOn", "2027-01-01")
				.param("strategyGoalIds", reach.id().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		UUID project = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		assertThat(this.strategy.goalsServedBy(project)).extracting(StrategyGoal::id).containsExactly(reach);
		assertThat(this.strategy.progress(reach).projects()).extracting(ServingProject::id).containsExactly(project);
		this.mvc.perform(get("/projects/" + project).with(user("controlling").roles("CONTROLLING")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/strategy/goals/" + reach.id())));
		this.mvc.perform(get("/projects/" + project + "/edit").with(user("controlling").roles("CONTROLLING")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + work.id() + "\"")));

		this.mvc
			.perform(post("/projects/" + project).with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.param("version", "0")
				.param("name", name)
				.param("kind", "OUTREACH")
				.param("status", "PLANNED")
				.param("organisationalUnitId", "019a0000-0000-7000-8000-000000001505")
				.param("startsOn", "2027-01-01")
				.param("strategyGoalIds", work.id().toString()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.strategy.goalsServedBy(project)).extracting(StrategyGoal::id).containsExactly(work);
		assertThat(this.strategy.progress(reach).projects()).isEmpty();
	}

	private GoalId goal(String title) {
		return this.strategy.define(new GoalDefinition(title, null, null, null, GoalIndicator.PEOPLE_REACHED, 2026,
				java.math.BigDecimal.ONE, null, null, java.util.Set.of()), "controlling");
	}

	@Test
	void aCounsellorFindsThePersonToReferAndAnIneligibleOneIsExplained() throws Exception {
		this.mvc
			.perform(get(IN_MIGRA + "/referral").param("name", "Müller").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Person zuweisen")));
		this.mvc
			.perform(post(IN_MIGRA + "/referrals").with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.param("name", "Müller"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte wählen Sie eine Person aus.")));
		this.mvc.perform(get(IN_MIGRA + "/referral").with(user("moderation").roles("MODERATION")))
			.andExpect(status().isForbidden());
	}

	@Test
	void savingADaysAttendanceReturnsToThatDaysSheetInEveryLanguage() throws Exception {
		ProjectFixtures fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants,
				this.organisation);
		ProjectId project = fixtures.project(EligibilityRules.NONE, java.util.Set.of(), 5);
		EnrolmentId enrolment = this.referrals
			.refer(fixtures.referral(project, fixtures.person("Anwesend" + UUID.randomUUID())), fixtures.counsellor);
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		this.enrolments.enrol(enrolment,
				this.enrolments.enrolment(enrolment, fixtures.lead).orElseThrow().enrolment().version(), today,
				fixtures.lead);

		for (String language : java.util.List.of("de", "en")) {
			String sheet = this.mvc
				.perform(post("/projects/" + project.id() + "/attendance").header("Accept-Language", language)
					.with(user("projektleitung").roles("PROJECT_LEAD"))
					.with(csrf())
					.param("day", today.toString())
					.param("label", language)
					.param("plannedHours", "6")
					.param("rows[0].enrolmentId", enrolment.id().toString())
					.param("rows[0].status", "PRESENT"))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			org.assertj.core.api.Assertions.assertThat(sheet).contains("day=" + today);

			this.mvc
				.perform(get(sheet).header("Accept-Language", language)
					.with(user("projektleitung").roles("PROJECT_LEAD")))
				.andExpect(status().isOk())
				.andExpect(
						content().string(containsString((language.equals("de") ? "Anwesenheit am " : "Attendance on ")
								+ de.weitblick.shared.Formats.of(java.util.Locale.of(language)).date(today))));
		}
	}

	@Test
	void theHeaderCountsTheUnreadNotificationsAndTheInboxListsThem() throws Exception {
		this.mvc.perform(get("/projects").with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ungelesen)")));
		this.mvc.perform(get("/notifications").with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Neue Zuweisung in")));
	}

}
