package de.weitblick.project;

import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A project lead reads through the API what the project view of a case file shows (the
 * support plan) and nothing of the counselling itself, and changes nothing.
 */
@WeitblickIntegrationTest
class ProjectViewApiTests {

	private static final String PASSWORD = "weitblick-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	SupportPlans plans;

	ProjectFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
	}

	@Test
	void aProjectLeadReadsThePlanOfAPersonOfferedAPlaceButNotTheNotesAndChangesNothing() throws Exception {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 3);
		ParticipantId person = this.fixtures.person("Projektsicht" + UUID.randomUUID());
		this.plans.addGoal(person, "Arbeit in der Werkstatt", null, null, this.fixtures.counsellor);
		this.referrals.refer(this.fixtures.referral(project, person), this.fixtures.counsellor);
		String base = "/api/v1/participants/" + person.id();

		this.mvc.perform(get(base + "/plan").with(httpBasic("projektleitung", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].title").value("Arbeit in der Werkstatt"));
		this.mvc.perform(get(base + "/notes").with(httpBasic("projektleitung", PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/documents").with(httpBasic("projektleitung", PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/subject-access").with(httpBasic("projektleitung", PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(base + "/plan/goals").with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content("{\"title\": \"Fremdes Ziel\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(base + "/close").with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content("{\"version\": 0}"))
			.andExpect(status().isNotFound());
	}

}
