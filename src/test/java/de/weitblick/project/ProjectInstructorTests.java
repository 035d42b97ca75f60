package de.weitblick.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.project.instructors.ProjectInstructors;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Instructors are assigned to a project by the head of department or its lead, and see
 * its participants only while they are assigned; every refusal says why in German on the
 * page and as a problem detail in the API.
 */
@WeitblickIntegrationTest
class ProjectInstructorTests {

	private static final String PASSWORD = "weitblick-demo";

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	ProjectInstructors instructors;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	ProjectFixtures fixtures;

	StaffMember instructor;

	ProjectId project;

	ParticipantId takingPart;

	@BeforeEach
	void aProjectWithSomebodyTakingPart() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
		this.instructor = this.organisation.staffMember("fachanleitung").orElseThrow();
		this.project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 3);
		this.takingPart = this.fixtures.person("Werkstatt" + UUID.randomUUID());
		EnrolmentId id = this.referrals.refer(this.fixtures.referral(this.project, this.takingPart),
				this.fixtures.counsellor);
		this.enrolments.enrol(id, this.enrolments.enrolment(id, this.fixtures.lead).orElseThrow().enrolment().version(),
				LocalDate.now(this.clock), this.fixtures.lead);
	}

	@Test
	void theProjectLeadAssignsAnInstructorWhoIsToldAndThenSeesThePeopleTakingPart() throws Exception {
		int inbox = this.notifications.unreadCount(this.instructor.id());
		this.mvc.perform(get("/participants/{id}", this.takingPart.id()).with(instructor()))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post("/projects/{id}/instructors", this.project.id())
				.param("instructorId", this.instructor.id().toString())
				.with(user("projektleitung").roles("PROJECT_LEAD"))
				.with(csrf()))
			.andExpect(redirectedUrl("/projects/" + this.project.id() + "#instructors"));

		this.mvc.perform(get("/projects/{id}", this.project.id()).with(user("projektleitung").roles("PROJECT_LEAD")))
			.andExpect(content().string(containsString("Fachanleitung Werkstatt")))
			.andExpect(content().string(containsString("Zuordnung von Fachanleitung Werkstatt beenden")));
		assertThat(this.notifications.unreadCount(this.instructor.id())).isEqualTo(inbox + 1);
		this.mvc.perform(get("/participants/{id}", this.takingPart.id()).with(instructor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Arbeitssicht")));
		this.mvc.perform(get("/participants").with(instructor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Meine Teilnehmenden")))
			.andExpect(content().string(containsString("/participants/" + this.takingPart.id())));
	}

	@Test
	void endingTheAssignmentClosesTheCaseFilesAtOnceAndKeepsTheRecordOfIt() throws Exception {
		this.instructors.assign(this.project, this.instructor.id(), this.fixtures.controlling);

		this.mvc
			.perform(post("/projects/{id}/instructors/{instructor}/end", this.project.id(), this.instructor.id())
				.with(user("projektleitung").roles("PROJECT_LEAD"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/participants/{id}", this.takingPart.id()).with(instructor()))
			.andExpect(status().isNotFound());
		assertThat(this.instructors.of(this.project)).isEmpty();
		assertThat(this.jdbc.sql("""
				SELECT ended_by FROM project_instructor WHERE project_id = :project AND instructor_id = :instructor
				""")
			.param("project", this.project.id())
			.param("instructor", this.instructor.id())
			.query(String.class)
			.single()).isEqualTo("projektleitung");
	}

	@Test
	void anInstructorIsAssignedOnceAndOnlyAnInstructorIs() throws Exception {
		this.instructors.assign(this.project, this.instructor.id(), this.fixtures.lead);

		this.mvc
			.perform(post("/projects/{id}/instructors", this.project.id())
				.param("instructorId", this.instructor.id().toString())
				.with(user("projektleitung").roles("PROJECT_LEAD"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Die Zuordnung wurde nicht geändert")))
			.andExpect(
					content().string(containsString("Fachanleitung Werkstatt ist diesem Projekt bereits zugeordnet.")));
		assertThatThrownBy(
				() -> this.instructors.assign(this.project, this.fixtures.counsellor.id(), this.fixtures.lead))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
				.isEqualTo("project.instructor.rule.not-an-instructor"));
		assertThat(this.instructors.of(this.project)).singleElement()
			.satisfies(assignment -> assertThat(assignment.instructorId()).isEqualTo(this.instructor.id()));
	}

	@Test
	void onlyTheHeadOfDepartmentAndTheProjectsLeadAssignInstructors() throws Exception {
		assertThatThrownBy(() -> this.instructors.assign(this.project, this.instructor.id(), this.fixtures.counsellor))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.messageKey())
				.isEqualTo("project.instructor.rule.may-not-assign"));
		this.mvc
			.perform(post("/api/v1/projects/{id}/instructors", this.project.id())
				.with(httpBasic("fachanleitung", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"instructorId\": \"" + this.instructor.id() + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail")
				.value("Fachanleitungen ordnen die Abteilungsleitung und die Projektleitung dieses Projekts zu."));
		assertThat(this.instructors.of(this.project)).isEmpty();
	}

	@Test
	void theApiAssignsListsAndEndsWithProblemDetailsForBadInput() throws Exception {
		this.mvc
			.perform(post("/api/v1/projects/{id}/instructors", this.project.id())
				.with(httpBasic("controlling", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post("/api/v1/projects/{id}/instructors", this.project.id())
				.with(httpBasic("controlling", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"instructorId\": \"" + this.instructor.id() + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].displayName").value("Fachanleitung Werkstatt"));
		this.mvc
			.perform(get("/api/v1/projects/{id}/instructors", this.project.id()).with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc
			.perform(delete("/api/v1/projects/{id}/instructors/{instructor}", this.project.id(), this.instructor.id())
				.with(httpBasic("projektleitung", PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(delete("/api/v1/projects/{id}/instructors/{instructor}", this.project.id(), this.instructor.id())
				.with(httpBasic("projektleitung", PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Diese Fachanleitung ist dem Projekt nicht zugeordnet."));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor instructor() {
		return user("fachanleitung").roles("INSTRUCTOR");
	}

}
