package de.weitblick.matching;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import de.weitblick.Eventually;
import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Matching runs through the API: a counsellor starts one and follows it, reads the
 * proposals with their score parts and decides; others may not, and a stale or missing
 * decision is refused with a problem.
 */
@WeitblickIntegrationTest
class MatchingApiTests {

	private static final String PASSWORD = "weitblick-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noRunUnderWay() {
		this.jdbc.sql("UPDATE matching_run SET status = 'FAILED' WHERE status = 'RUNNING'").update();
	}

	@Test
	void aCounsellorStartsARunFollowsItAndAStaleDecisionIsRefused() throws Exception {
		String started = this.mvc.perform(post("/api/v1/matching/runs").with(httpBasic("fachkraft", PASSWORD)))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(started, "$.id");

		String run = completed(id);
		List<Map<String, Object>> placed = JsonPath.read(run, "$.proposals[?(@.projectId != null)]");
		assertThat(JsonPath.<String>read(run, "$.status")).isEqualTo("COMPLETED");
		assertThat(placed).isNotEmpty();
		Map<String, Object> proposal = placed.get(0);
		assertThat((List<?>) proposal.get("parts")).hasSize(ScorePart.values().length);

		int stale = (Integer) proposal.get("version") + 1;
		this.mvc
			.perform(post("/api/v1/matching/proposals/" + proposal.get("id") + "/decision")
				.with(httpBasic("fachkraft", PASSWORD))
				.contentType("application/json")
				.content("{\"decision\":\"LOCKED\",\"version\":" + stale + "}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/matching/proposals/" + proposal.get("id") + "/decision")
				.with(httpBasic("fachkraft", PASSWORD))
				.contentType("application/json")
				.content("{\"version\":" + proposal.get("version") + "}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/matching/proposals/" + proposal.get("id") + "/decision")
				.with(httpBasic("fachkraft", PASSWORD))
				.contentType("application/json")
				.content("{\"decision\":\"LOCKED\",\"version\":" + proposal.get("version") + "}"))
			.andExpect(status().isNoContent());
	}

	@Test
	void aProjectLeadMayNotMatchAndAnUnknownRunIsNotFound() throws Exception {
		this.mvc.perform(post("/api/v1/matching/runs").with(httpBasic("projektleitung", PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/matching/runs/" + UUID.randomUUID()).with(httpBasic("fachkraft", PASSWORD)))
			.andExpect(status().isNotFound());
	}

	private String completed(String id) throws Exception {
		return Eventually.until("the matching run finished", Duration.ofSeconds(120),
				() -> this.mvc.perform(get("/api/v1/matching/runs/" + id).with(httpBasic("fachkraft", PASSWORD)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(),
				run -> !"RUNNING".equals(JsonPath.read(run, "$.status")));
	}

}
