package de.weitblick.project;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Jobcenter refers by its customer number: a known number refers the person on
 * record, a new one registers the person in the team that takes partners' referrals
 * (fachkraft's, as the test settings name) and then refers; the Jobcenter never sees the
 * case file.
 */
@WeitblickIntegrationTest
class CustomerReferralApiTests {

	private static final String PASSWORD = "weitblick-demo";

	private static final String URL = "/api/v1/enrolments/by-customer-number";

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
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	ProjectFixtures fixtures;

	ProjectId project;

	String customerNumber;

	LocalDate birthDate;

	String familyName;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
		this.project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		this.customerNumber = customerNumber();
		// A day of its own, so that no other test's person looks alike.
		this.birthDate = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12_000));
		this.familyName = "Kunde" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
	}

	@Test
	void aNewCustomerNumberRegistersThePersonInTheIntakeTeamAndRefersThem() throws Exception {
		String created = refer(body(this.customerNumber, this.birthDate, this.familyName, ", \"districtCode\": \"14\""
				+ ", \"languages\": [{\"languageCode\": \"de\", \"level\": \"B1\"}], \"germanSinceBirth\": false"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.personRegistered").value(true))
			.andExpect(jsonPath("$.enrolment.status").value("OFFERED"))
			.andExpect(jsonPath("$.enrolment.personName").value(nullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String participantId = JsonPath.read(created, "$.enrolment.participantId");

		var stored = this.jdbc.sql("""
				SELECT p.responsible_unit_id, p.counsellor_id, p.referral_source, p.district_code
				FROM participant p JOIN participant_referral r ON r.participant_id = p.id
				WHERE r.customer_number = :number
				""")
			.param("number", this.customerNumber)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4))
			.single();
		assertThat(stored).isEqualTo(ProjectFixtures.KAF + "|" + this.fixtures.counsellor.id() + "|JOBCENTER|14");
		assertThat(this.audit.search("jobcenter", UUID.fromString(participantId), 10)).extracting(AuditEntry::action)
			.contains(AuditAction.CREATE);
		this.mvc.perform(get("/api/v1/participants/" + participantId).with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/enrolments").with(httpBasic("jobcenter", PASSWORD)))
			.andExpect(jsonPath("$[*].participantId", hasItem(participantId)));
	}

	@Test
	void aKnownCustomerNumberRefersThePersonOnRecordWhenTheBirthDateMatches() throws Exception {
		String first = refer(body(this.customerNumber, this.birthDate, this.familyName, ""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		ProjectId another = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);

		this.mvc
			.perform(post(URL).with(httpBasic("jobcenter", PASSWORD))
				.contentType("application/json")
				.content("{\"projectId\": \"" + another.id() + "\", \"customerNumber\": \""
						+ this.customerNumber.toLowerCase(java.util.Locale.ROOT) + "\", \"birthDate\": \""
						+ this.birthDate + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.personRegistered").value(false))
			.andExpect(jsonPath("$.enrolment.participantId")
				.value((String) JsonPath.read(first, "$.enrolment.participantId")));
		this.mvc
			.perform(post(URL).with(httpBasic("jobcenter", PASSWORD))
				.contentType("application/json")
				.content("{\"projectId\": \"" + another.id() + "\", \"customerNumber\": \"" + this.customerNumber
						+ "\", \"birthDate\": \"" + this.birthDate.plusDays(1) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.field").value("birthDate"));
	}

	@Test
	void aLikelyDuplicateIsAConflictNamingTheCustomerNumberOnRecordUnlessConfirmed() throws Exception {
		refer(body(this.customerNumber, this.birthDate, this.familyName, "")).andExpect(status().isCreated());
		String second = customerNumber();
		ProjectId another = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		String body = body(second, this.birthDate, this.familyName, "").replace(this.project.id().toString(),
				another.id().toString());

		refer(body).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.possibleDuplicates[0].customerNumber").value(this.customerNumber));
		assertThat(registered(second)).isZero();
		refer(body.replace("{", "{\"confirmedNoDuplicate\": true, ")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.personRegistered").value(true));
		assertThat(registered(second)).isOne();
	}

	@Test
	void badDataIsRefusedNamingTheFieldAndNobodyIsRegistered() throws Exception {
		refer("{\"projectId\": \"" + this.project.id() + "\", \"birthDate\": \"" + this.birthDate + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("customerNumber"));
		refer("{\"projectId\": \"" + this.project.id() + "\", \"customerNumber\": \"" + this.customerNumber
				+ "\", \"birthDate\": \"" + this.birthDate + "\", \"givenNames\": \"Lea\"}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("familyName"))
			.andExpect(jsonPath("$.errors[0].message").value("Pflichtangabe fehlt."));
		refer(body(this.customerNumber, this.birthDate, this.familyName, ", \"districtCode\": \"Atlantis\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("districtCode"));
		refer(body("12-34", this.birthDate, this.familyName, "")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("customerNumber"));
		assertThat(registered(this.customerNumber)).isZero();
	}

	@Test
	void aPersonWhoIsNotEligibleIsNotRegisteredEither() throws Exception {
		ProjectId young = this.fixtures
			.project(new EligibilityRules(15, 26, Set.of(), Set.of(), false, LanguageLevel.A1), Set.of(), 3);

		refer(body(this.customerNumber, LocalDate.of(1970, 1, 1), this.familyName, "")
			.replace(this.project.id().toString(), young.id().toString())).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reasons[0]").exists());
		assertThat(registered(this.customerNumber)).isZero();
	}

	@Test
	void onlyAPartnerAccountRefersByCustomerNumber() throws Exception {
		this.mvc
			.perform(post(URL).with(httpBasic("fachkraft", PASSWORD))
				.contentType("application/json")
				.content(body(this.customerNumber, this.birthDate, this.familyName, "")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post(URL).with(httpBasic("jobcenter", PASSWORD))
				.contentType("application/json")
				.content(body(this.customerNumber, this.birthDate, this.familyName, "")
					.replace(this.project.id().toString(), SyntheticEnrolments.IN_MIGRA.id().toString())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("projectId"));
		assertThat(registered(this.customerNumber)).isZero();
	}

	private ResultActions refer(String body) throws Exception {
		return this.mvc
			.perform(post(URL).with(httpBasic("jobcenter", PASSWORD)).contentType("application/json").content(body));
	}

	private String body(String number, LocalDate born, String familyName, String more) {
		return "{\"projectId\": \"" + this.project.id() + "\", \"customerNumber\": \"" + number
				+ "\", \"birthDate\": \"" + born + "\", \"familyName\": \"" + familyName
				+ "\", \"givenNames\": \"Lea\", \"gender\": \"FEMALE\"" + more + "}";
	}

	private int registered(String number) {
		return this.jdbc.sql("SELECT count(*) FROM participant_referral WHERE customer_number = :number")
			.param("number", number)
			.query(Integer.class)
			.single();
	}

	private static String customerNumber() {
		return "T" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
	}

}
