package de.weitblick.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A project's figures on its page and in the API: places per month, waiting list, focus
 * groups, outcomes and the ESF Plus indicators, for the lead and the head of department
 * only, and never a group of fewer people than the threshold.
 */
@WeitblickIntegrationTest
class ProjectFiguresTests {

	private static final String PASSWORD = "weitblick-demo";

	private static final String IN_MIGRA = "/projects/019a0000-0000-7000-8000-000000005002";

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
	ProjectFigures figures;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	ProjectFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
	}

	@Test
	void twoPeopleInAProjectAreShownAsFewerThanThreeAndNeverAsTwo() throws Exception {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		for (String name : new String[] { "Klein", "Gruppe" }) {
			EnrolmentId id = this.referrals.refer(
					this.fixtures.referral(project, this.fixtures.person(name + UUID.randomUUID())),
					this.fixtures.counsellor);
			this.enrolments.enrol(id,
					this.enrolments.enrolment(id, this.fixtures.lead).orElseThrow().enrolment().version(),
					LocalDate.now(this.clock), this.fixtures.lead);
		}

		ProjectFigures.Figures shown = this.figures.of(project, null, this.fixtures.lead);

		assertThat(shown.tookPart().text()).isEqualTo("< 3");
		assertThat(shown.tookPart().value()).isNull();
		assertThat(shown.months()).last()
			.satisfies(month -> assertThat(month.takingPart().text()).isEqualTo("< 3"))
			.satisfies(month -> assertThat(month.places()).isEqualTo(5));
		assertThat(shown.indicators()).hasSize(5);
		this.mvc
			.perform(get("/api/v1/projects/" + project.id() + "/figures").with(httpBasic("projektleitung", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tookPart.value").value(nullValue()))
			.andExpect(jsonPath("$.tookPart.below").value(3))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"value\":2"))));
	}

	@Test
	void theLeadAndTheHeadOfDepartmentSeeTheFiguresACounsellorDoesNot() throws Exception {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);

		assertThat(this.figures.of(project, null, this.fixtures.controlling).period()).isNotNull();
		assertThatThrownBy(() -> this.figures.of(project, null, this.fixtures.counsellor))
			.isInstanceOf(RuleViolation.class);
		this.mvc.perform(get("/api/v1/projects/" + project.id() + "/figures").with(httpBasic("fachkraft", PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Projektleitung und die Abteilungsleitung")));
		this.mvc.perform(get("/projects/" + project.id()).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"indicator-table\""))));
	}

	@Test
	void thePeopleWhoLeftAreCountedOnceByTheirOutcomeAndAllTogether() {
		UUID period = this.jdbc.sql("""
				SELECT id FROM place_period WHERE project_id = '019a0000-0000-7000-8000-000000005002'
				AND label = '2025/26'
				""").query(UUID.class).single();
		StaffMember lead = this.organisation.staffMember("projektleitung").orElseThrow();

		ProjectFigures.Figures shown = this.figures
			.of(new ProjectId(UUID.fromString("019a0000-0000-7000-8000-000000005002")), period, lead);

		int left = this.jdbc.sql("""
				SELECT count(*) FROM enrolment WHERE place_period_id = :period
				AND status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')
				""").param("period", period).query(Integer.class).single();
		assertThat(left).isGreaterThanOrEqualTo(shown.threshold());
		assertThat(shown.leavers().value()).isEqualTo(left);
		// Every kind shown is the number of people who left with it.
		for (ProjectFigures.OutcomeCount outcome : shown.outcomes()) {
			if (outcome.kind() != null && outcome.people().value() != null) {
				assertThat(outcome.people().value()).as(outcome.kind().name())
					.isEqualTo(this.jdbc.sql("""
							SELECT count(*) FROM enrolment e JOIN enrolment_outcome o ON o.enrolment_id = e.id
							WHERE e.place_period_id = :period AND o.exit_outcome = :kind
							AND e.status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')
							""")
						.param("period", period)
						.param("kind", outcome.kind().name())
						.query(Integer.class)
						.single());
			}
		}
		assertThat(shown.outcomes()).anySatisfy(outcome -> assertThat(outcome.people().value()).isPositive());
		// Those on leaving are counted among everybody who left with a recorded outcome.
		assertThat(shown.indicators()).first()
			.satisfies(indicator -> assertThat(indicator.among().value()).isEqualTo(this.jdbc.sql("""
					SELECT count(*) FROM enrolment e JOIN enrolment_outcome o ON o.enrolment_id = e.id
					WHERE e.place_period_id = :period AND e.status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')
					""").param("period", period).query(Integer.class).single()));
	}

	@Test
	void theReferenceProjectsPageShowsEveryFigureAsAChartAndAsATable() throws Exception {
		this.mvc.perform(get(IN_MIGRA + "?figuresPeriod=" + this.jdbc.sql("""
				SELECT id FROM place_period WHERE project_id = '019a0000-0000-7000-8000-000000005002'
				AND label = '2025/26'
				""").query(UUID.class).single()).with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-chart-table=\"occupancy-table\"")))
			.andExpect(content().string(containsString("id=\"occupancy-table\"")))
			.andExpect(content().string(containsString("id=\"focus-group-table\"")))
			.andExpect(content().string(containsString("id=\"outcome-table\"")))
			.andExpect(content().string(containsString("id=\"indicator-table\"")))
			.andExpect(content().string(containsString("EECR05")))
			.andExpect(content().string(containsString("Ausbildung")));
	}

	@Test
	void attendanceOnADayInTheFutureIsRefusedInTheApiWithAProblemDetailInGerman() throws Exception {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);

		this.mvc
			.perform(put("/api/v1/projects/" + project.id() + "/attendance").with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content("{\"day\":\"" + tomorrow + "\",\"plannedHours\":6,\"people\":[]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("Zukunft")))
			.andExpect(jsonPath("$.field").value("day"));
		this.mvc
			.perform(put("/api/v1/projects/" + project.id() + "/attendance").with(httpBasic("fachkraft", PASSWORD))
				.contentType("application/json")
				.content("{\"day\":\"" + tomorrow.minusDays(2) + "\",\"plannedHours\":6,\"people\":[]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Fachanleitungen")));
	}

	@Test
	void aCounsellorReadsTheOutcomeOfOwnPeopleInTheApiButTheJobcenterDoesNot() throws Exception {
		UUID left = this.jdbc.sql("""
				SELECT e.id FROM enrolment e JOIN enrolment_outcome o ON o.enrolment_id = e.id
				WHERE e.project_id = '019a0000-0000-7000-8000-000000005002' LIMIT 1
				""").query(UUID.class).single();

		this.mvc.perform(get("/api/v1/enrolments/" + left + "/outcome").with(httpBasic("fachkraft", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.exitOutcome").exists());
		this.mvc.perform(get("/api/v1/enrolments/" + left + "/attendance").with(httpBasic("projektleitung", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rate.sessions").value(org.hamcrest.Matchers.greaterThan(10)));
		this.mvc.perform(get("/api/v1/enrolments/" + left + "/outcome").with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isNotFound());
	}

}
