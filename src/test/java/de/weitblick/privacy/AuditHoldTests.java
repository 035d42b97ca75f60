package de.weitblick.privacy;

import java.time.LocalDate;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data protection officer places and lifts holds on audit entries through the API and
 * on the page; each step is itself in the trail, and a stale or incomplete hold is
 * refused with a message that says why.
 */
@WeitblickIntegrationTest
class AuditHoldTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	JsonMapper json;

	@Test
	void aHoldPlacedAndLiftedThroughTheApiIsInTheTrailAndASecondLiftingIsRefusedAsStale() throws Exception {
		String officer = "datenschutz";
		UUID person = UUID.randomUUID();
		String body = this.mvc
			.perform(post("/api/v1/audit-holds").with(officer(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"subjectId": "%s", "reason": "Az. 17/26", "endsOn": "%s"}
						""".formatted(person, LocalDate.now().plusMonths(3))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.subjectId").value(person.toString()))
			.andExpect(jsonPath("$.open").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode hold = this.json.readTree(body);
		String id = hold.get("id").asString();

		this.mvc.perform(get("/api/v1/audit-holds").with(officer(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id)));
		this.mvc
			.perform(post("/api/v1/audit-holds/{id}/end", id).with(officer(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(false))
			.andExpect(jsonPath("$.liftedBy").value(officer));
		this.mvc
			.perform(post("/api/v1/audit-holds/{id}/end", id).with(officer(officer))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		assertThat(this.audit.search(officer, UUID.fromString(id), 10))
			.extracting(AuditEntry::action, AuditEntry::subjectType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.UPDATE, AuditHolds.SUBJECT_TYPE),
					org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, AuditHolds.SUBJECT_TYPE));
		assertThat(this.audit.search(officer, UUID.fromString(id), 10).get(1).structured().arguments()).first()
			.isEqualTo(person.toString());
		assertThat(this.audit.search(officer, null, 20)).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.READ);
			assertThat(entry.detailKey()).isEqualTo("privacy.detail.holds-read");
		});
	}

	@Test
	void aHoldNamingNeitherPersonNorUserOrEndingInThePastIsRefusedWithTheFieldToCorrect() throws Exception {
		this.mvc
			.perform(post("/api/v1/audit-holds").with(officer("datenschutz"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"reason": "Az. 1", "endsOn": "2099-01-01"}
						"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("subjectId"))
			.andExpect(jsonPath("$.detail").value("Nennen Sie eine Person oder einen Benutzernamen."));
		this.mvc
			.perform(post("/api/v1/audit-holds").with(officer("datenschutz"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"user": "fachkraft", "reason": "Az. 1", "endsOn": "2000-01-01"}
						"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("endsOn"));
		this.mvc
			.perform(post("/api/v1/audit-holds").with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"user": "fachkraft", "reason": "Az. 1", "endsOn": "2099-01-01"}
						"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void onThePageTheOfficerPlacesAHoldOnAUserAndSeesItInForce() throws Exception {
		String user = "beobachtet-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/audit/holds").with(officer("datenschutz"))
				.with(csrf())
				.param("user", user)
				.param("reason", "Az. 99")
				.param("endsOn", "not a day"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Die Löschsperre wurde nicht gesetzt")));
		this.mvc
			.perform(post("/audit/holds").with(officer("datenschutz"))
				.with(csrf())
				.param("user", user)
				.param("reason", "Az. 99")
				.param("endsOn", LocalDate.now().plusDays(10).toString()))
			.andExpect(redirectedUrl("/audit/holds"));
		this.mvc.perform(get("/audit/holds").with(officer("datenschutz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(user)))
			.andExpect(content().string(containsString("Az. 99")));
		this.mvc.perform(get("/audit/retention").with(officer("datenschutz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ein volles Jahr")));
	}

	private static RequestPostProcessor officer(String name) {
		return user(name).roles("DATA_PROTECTION_OFFICER");
	}

}
