package de.weitblick.participant;

import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's two teams each hold a caseload of their own, and neither counsellor opens or
 * finds the other team's people: not on the pages, not through the API.
 */
@WeitblickIntegrationTest
class TeamBoundaryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecondTeamsCounsellorHoldsACaseloadOfTheirOwn() {
		assertThat(caseload("fachkraft2")).isEqualTo(60);
		assertThat(caseload("fachkraft")).isGreaterThanOrEqualTo(300);
	}

	@ParameterizedTest(name = "{0} cannot reach the people of {1}")
	@CsvSource({ "fachkraft, fachkraft2", "fachkraft2, fachkraft" })
	void aCounsellorCannotOpenOrFindThePeopleOfTheOtherTeam(String counsellor, String other) throws Exception {
		Person theirs = aPersonHeldBy(other);
		Person own = aPersonHeldBy(counsellor);

		this.mvc.perform(get("/participants/{id}", theirs.id()).with(user(counsellor).roles("COUNSELLOR")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/participants/{id}", theirs.id()).with(httpBasic(counsellor, "weitblick-demo")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/participants").param("name", theirs.familyName()).with(user(counsellor).roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(theirs.id().toString()))));
		this.mvc
			.perform(get("/api/v1/participants").param("name", theirs.familyName())
				.with(httpBasic(counsellor, "weitblick-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(theirs.id().toString()))));

		// The own team's people are there, so the answers above are not just empty.
		this.mvc.perform(get("/participants/{id}", own.id()).with(user(counsellor).roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(own.familyName())));
		this.mvc
			.perform(get("/api/v1/participants").param("name", own.familyName())
				.with(httpBasic(counsellor, "weitblick-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(own.id().toString())));
	}

	private int caseload(String counsellor) {
		return this.jdbc.sql("""
				SELECT count(*) FROM participant p JOIN staff_account a ON a.id = p.counsellor_id
				WHERE a.username = :counsellor AND p.responsible_unit_id = a.organisational_unit_id
				""").param("counsellor", counsellor).query(Integer.class).single();
	}

	private Person aPersonHeldBy(String counsellor) {
		return this.jdbc.sql("""
				SELECT p.id, p.family_name FROM participant p JOIN staff_account a ON a.id = p.counsellor_id
				WHERE a.username = :counsellor AND p.responsible_unit_id = a.organisational_unit_id
				ORDER BY p.id LIMIT 1
				""")
			.param("counsellor", counsellor)
			.query((rs, n) -> new Person(rs.getObject("id", UUID.class), rs.getString("family_name")))
			.single();
	}

	private record Person(UUID id, String familyName) {
	}

}
