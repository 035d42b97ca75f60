package de.weitblick.project;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API of projects and enrolments, and the Jobcenter's partner account: it refers with
 * its own account and reads the status of its own referrals, nothing else.
 */
@WeitblickIntegrationTest
class EnrolmentApiTests {

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

	ProjectFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
	}

	@Test
	void theJobcenterRefersWithItsOwnAccountAndReadsTheStatusButNoName() throws Exception {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 3);
		ParticipantId person = this.fixtures.person("Jobcenter" + UUID.randomUUID());

		String created = this.mvc
			.perform(post("/api/v1/enrolments").with(httpBasic("jobcenter", PASSWORD))
				.contentType("application/json")
				.content(referral(project, person, LocalDate.of(1996, 3, 1))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OFFERED"))
			.andExpect(jsonPath("$.personName").value(nullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");

		this.mvc.perform(get("/api/v1/enrolments/" + id).with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OFFERED"));
		this.mvc.perform(get("/api/v1/enrolments").with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id)))
			.andExpect(jsonPath("$[*].personName", not(hasItem(containsString("Jobcenter")))));
	}

	@Test
	void theJobcenterCannotReadOtherReferralsNorCaseFiles() throws Exception {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 3);
		ParticipantId person = this.fixtures.person("Fremd" + UUID.randomUUID());
		EnrolmentId byCounsellor = this.referrals.refer(this.fixtures.referral(project, person),
				this.fixtures.counsellor);

		this.mvc.perform(get("/api/v1/enrolments/" + byCounsellor.id()).with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/enrolments").with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(jsonPath("$[*].id", not(hasItem(byCounsellor.id().toString()))));
		this.mvc.perform(get("/api/v1/participants/" + person.id()).with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/participants").with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theJobcenterMustNameThePersonWithTheRightDateOfBirth() throws Exception {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 3);
		ParticipantId person = this.fixtures.person("Geburtstag" + UUID.randomUUID());

		this.mvc
			.perform(post("/api/v1/enrolments").with(httpBasic("jobcenter", PASSWORD))
				.contentType("application/json")
				.content(referral(project, person, LocalDate.of(1996, 3, 2))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Es gibt keine Person mit dieser Kennung und diesem Geburtsdatum."));
	}

	@Test
	void theJobcenterCannotReferToAProjectItIsNotPartOf() throws Exception {
		ParticipantId person = this.fixtures.person("InMigra" + UUID.randomUUID());

		this.mvc
			.perform(post("/api/v1/enrolments").with(httpBasic("jobcenter", PASSWORD))
				.contentType("application/json")
				.content(referral(SyntheticEnrolments.IN_MIGRA, person, LocalDate.of(1996, 3, 1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("projectId"));
	}

	@Test
	void anIneligibleReferralIsAProblemDetailWithEveryReason() throws Exception {
		ProjectId project = this.fixtures
			.project(new EligibilityRules(15, 26, Set.of(), Set.of(), false, LanguageLevel.C1), Set.of(), 3);
		ParticipantId person = this.fixtures.person("Api" + UUID.randomUUID(), LocalDate.of(1980, 1, 1),
				BenefitBasis.SGB_II, "14", null, null);

		this.mvc
			.perform(post("/api/v1/enrolments").with(httpBasic("fachkraft", PASSWORD))
				.contentType("application/json")
				.content(referral(project, person, null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(
					jsonPath("$.detail").value("Die Person erfüllt die Teilnahmevoraussetzungen des Projekts nicht:"))
			.andExpect(jsonPath("$.reasons[0]")
				.value("Die Person ist 46 Jahre alt; das Projekt nimmt Menschen bis 26 Jahre auf."))
			.andExpect(jsonPath("$.reasons[1]")
				.value("Deutschkenntnisse sind nicht erfasst; das Projekt verlangt mindestens C1."));
	}

	@Test
	void theHeadOfDepartmentSetsUpAProjectAndAStaleChangeIsAConflict() throws Exception {
		String body = """
				{"name": "API-Projekt %s", "kind": "OUTREACH", "status": "PLANNED",
				 "organisationalUnitId": "019a0000-0000-7000-8000-000000001505",
				 "leadId": "019a0000-0000-7000-8000-000000003002", "startsOn": "2027-01-01",
				 "targetFocusGroups": ["LONG_TERM_UNEMPLOYED"],
				 "eligibility": {"minimumAge": 25, "requiresCityResidence": true},
				 "partners": [{"partnerOrganisationId": "019a0000-0000-7000-8000-000000002001", "role": "REFERRER"}],
				 "strategyGoals": ["Eckpunkt Langzeitarbeitslosigkeit abbauen"]}
				""".formatted(UUID.randomUUID());
		String created = this.mvc
			.perform(post("/api/v1/projects").with(httpBasic("controlling", PASSWORD))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.eligibility.minimumAge").value(25))
			.andExpect(jsonPath("$.leadName").value("Projektleitung InMigra"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		String withVersion = body.replace("{\"name\"", "{\"version\": 0, \"name\"");

		this.mvc
			.perform(put("/api/v1/projects/" + id).with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content(withVersion))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/projects/" + id).with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content(withVersion))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/projects").with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Projekte legt die Abteilungsleitung an."));
	}

	@Test
	void aCapacityChangeBelowThePlacesTakenIsAProblemDetailInGerman() throws Exception {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 2);
		this.referrals.refer(this.fixtures.referral(project, this.fixtures.person("Voll" + UUID.randomUUID())),
				this.fixtures.counsellor);
		PlacePeriod period = this.fixtures.period(project);

		this.mvc
			.perform(post("/api/v1/projects/" + project.id() + "/places/" + period.id() + "/capacity-changes")
				.with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content("""
						{"version": %d, "places": 0, "effectiveOn": "2026-12-01", "reason": "Kürzung"}
						""".formatted(period.version())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("places"))
			.andExpect(jsonPath("$.detail").value(containsString("nicht auf 0 gesenkt")));
		this.mvc
			.perform(post("/api/v1/projects/" + project.id() + "/places/" + period.id() + "/capacity-changes")
				.with(httpBasic("projektleitung", PASSWORD))
				.contentType("application/json")
				.content("""
						{"version": %d, "places": 5, "effectiveOn": "2026-12-01", "reason": "Mehr Nachfrage"}
						""".formatted(period.version())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.places").value(5))
			.andExpect(jsonPath("$.capacityChanges[0].changePercent").value(150));
	}

	@Test
	void theInMigraPlacesShowTheRaiseWithItsReason() throws Exception {
		this.mvc
			.perform(get("/api/v1/projects/" + SyntheticEnrolments.IN_MIGRA.id() + "/places")
				.with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.label == '2022/23')].capacityChanges[0].changePercent").value(40));
	}

	private static String referral(ProjectId project, ParticipantId person, LocalDate birthDate) {
		return """
				{"projectId": "%s", "participantId": "%s"%s}
				""".formatted(project.id(), person.id(),
				(birthDate != null) ? ", \"birthDate\": \"" + birthDate + "\"" : "");
	}

}
