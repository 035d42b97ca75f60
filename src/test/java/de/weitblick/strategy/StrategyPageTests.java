package de.weitblick.strategy;

import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The strategy goals as the public, the head of department and API clients meet them.
 */
@WeitblickIntegrationTest
class StrategyPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StrategyManagement strategy;

	private UUID goalTitled(String title) {
		return this.jdbc.sql("SELECT id FROM strategy_goal WHERE title = :title")
			.param("title", title)
			.query(UUID.class)
			.single();
	}

	@Test
	void anyoneReadsTheGoalsAndTheirProgressWithoutSigningInFromTheStartPage() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/strategy/goals\"")));
		this.mvc.perform(get("/strategy/goals"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ziele der Arbeitsmarktstrategie – Weitblick")))
			.andExpect(content().string(containsString("Arbeitslosenquote in Kassel bis 2027 auf 6,0 % senken")))
			.andExpect(content().string(not(containsString("Ziel anlegen"))));
		UUID rate = goalTitled("Arbeitslosenquote in Kassel bis 2027 auf 6,0 % senken");
		this.mvc.perform(get("/strategy/goals/" + rate))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"goal-figures\"")))
			.andExpect(content().string(containsString("8,30")))
			.andExpect(content().string(containsString("In Leichter Sprache")))
			.andExpect(content().string(not(containsString("Wert eines Jahres erfassen"))));
		this.mvc.perform(get("/strategy/goals/" + rate).param("lang", "en"))
			.andExpect(content().string(containsString("Target path")));
		this.mvc.perform(get("/strategy/goals/" + UUID.randomUUID())).andExpect(status().isNotFound());
		this.mvc.perform(get("/strategy/manage/goals/new")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theProjectsFreeTextGoalsBecameGoalsThatListTheirProjects() throws Exception {
		// The demo projects had their goals as free text when the goals were migrated;
		// projects
		// that other tests create later still write free text the migration never saw.
		UUID longTerm = goalTitled("Langzeitarbeitslosigkeit in Kassel bis 2027 um 20 % senken");
		String projects = this.jdbc.sql("""
				SELECT string_agg(p.name, '|' ORDER BY p.name) FROM project p
				JOIN project_strategy_goal g ON g.project_id = p.id
				WHERE g.reference = 'Eckpunkt Langzeitarbeitslosigkeit abbauen'
				  AND p.id::text LIKE '019a0000-0000-7000-8000-%'
				""").query(String.class).single();
		assertThat(projects).isNotBlank();
		for (String name : projects.split("\\|")) {
			this.mvc.perform(get("/strategy/goals/" + longTerm))
				.andExpect(content().string(containsString(name.replace("&", "&amp;"))));
		}
	}

	@Test
	void peopleReachedAreCountedFromTheLinkedProjectsAndSmallCountsStayHidden() {
		record Busiest(UUID project, int year, int people) {
		}
		Busiest busiest = this.jdbc
			.sql("""
					SELECT project_id, CAST(extract(year FROM started_on) AS integer) AS year, count(DISTINCT participant_id) AS people
					FROM enrolment WHERE started_on IS NOT NULL AND status <> 'MERGED'
					GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1
					""")
			.query((rs, n) -> new Busiest(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)))
			.optional()
			.orElse(null);
		org.junit.jupiter.api.Assumptions.assumeTrue(busiest != null, "the demo data hold enrolments");
		GoalId id = this.strategy.define(new GoalDefinition("Erreichte Personen " + UUID.randomUUID(), null, null, null,
				GoalIndicator.PEOPLE_REACHED, busiest.year(), java.math.BigDecimal.ONE, null, null,
				java.util.Set.of(busiest.project())), "controlling");

		GoalProgress.YearFigure figure = this.strategy.progress(id).years().get(0);

		if (busiest.people() >= 3) {
			assertThat(figure.value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(busiest.people()));
		}
		else {
			assertThat(figure.hidden()).isTrue();
			assertThat(figure.value()).isNull();
		}
		assertThat(this.strategy.progress(id).projects()).singleElement()
			.satisfies(project -> assertThat(project.id()).isEqualTo(busiest.project()));
	}

	@Test
	void theHeadOfDepartmentDefinesAGoalAndBadInputChangesNothing() throws Exception {
		long before = this.strategy.goals().size();
		this.mvc
			.perform(post("/strategy/manage/goals").with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.param("title", "")
				.param("indicator", "RECORDED_RATE")
				.param("baselineYear", "2027")
				.param("baselineValue", "7,4")
				.param("targetYear", "2019")
				.param("targetValue", "6,0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte geben Sie das Ziel an.")))
			.andExpect(content().string(containsString("id=\"error-summary\"")));
		this.mvc
			.perform(post("/strategy/manage/goals").with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.param("title", "Quote senken")
				.param("indicator", "RECORDED_RATE")
				.param("baselineYear", "2027")
				.param("baselineValue", "7,4")
				.param("targetYear", "2019")
				.param("targetValue", "6,0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Das Zieljahr muss nach dem Jahr des Ausgangswerts liegen.")));
		assertThat(this.strategy.goals()).hasSize((int) before);

		String title = "<script>alert(1)</script> Quote " + UUID.randomUUID();
		this.mvc
			.perform(post("/strategy/manage/goals").with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.param("title", title)
				.param("indicator", "RECORDED_RATE")
				.param("baselineYear", "2019")
				.param("baselineValue", "7,4")
				.param("targetYear", "2027")
				.param("targetValue", "6,0"))
			.andExpect(status().is3xxRedirection());
		UUID id = goalTitled(title);
		assertThat(this.strategy.goal(new GoalId(id)).orElseThrow().baselineValue()).isEqualByComparingTo("7.4");
		this.mvc.perform(get("/strategy/goals/" + id))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		this.mvc
			.perform(post("/strategy/manage/goals/" + id + "/measurements")
				.with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.param("version", "0")
				.param("year", "2024")
				.param("value", "6,7"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/strategy/goals/" + id).with(user("controlling").roles("CONTROLLING")))
			.andExpect(content().string(containsString("50 % des Wegs")));
		this.mvc
			.perform(post("/strategy/manage/goals").with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.param("title", "Nicht erlaubt")
				.param("indicator", "RECORDED_RATE"))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiClientsReadGoalsWithoutSigningInAndOnlyTheHeadOfDepartmentWrites() throws Exception {
		this.mvc.perform(get("/api/v1/strategy/goals"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title").value(hasItem("Arbeitslosenquote in Kassel bis 2027 auf 6,0 % senken")));
		UUID rate = goalTitled("Arbeitslosenquote in Kassel bis 2027 auf 6,0 % senken");
		this.mvc.perform(get("/api/v1/strategy/goals/" + rate))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures[0].year").value(2019))
			.andExpect(jsonPath("$.indicator").value("RECORDED_RATE"));
		String body = """
				{"title": "Über die API", "indicator": "RECORDED_COUNT", "baselineYear": 2020, "baselineValue": 100,
				 "targetYear": 2025, "targetValue": 80}
				""";
		this.mvc
			.perform(post("/api/v1/strategy/goals").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/strategy/goals").with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/strategy/goals").with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Über die API"));
		this.mvc
			.perform(post("/api/v1/strategy/goals").with(user("controlling").roles("CONTROLLING"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "Quote", "indicator": "RECORDED_RATE", "baselineYear": 2020, "baselineValue": 140}
						"""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Eine Quote kann nicht über 100")));
	}

}
