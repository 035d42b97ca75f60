package de.weitblick.infrastructure;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API answers partners with the same data as the pages, signed in with HTTP Basic,
 * and says what is wrong as an RFC 9457 problem detail in the client's language.
 */
@WeitblickIntegrationTest
class ApiTests {

	private static final String IN_MIGRA = "019a0000-0000-7000-8000-000000005002";

	@Autowired
	MockMvc mvc;

	@Test
	void aPartnerReadsTheProjectsWithHttpBasic() throws Exception {
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("jobcenter", "weitblick-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].shortName", hasItem("InMigra")))
			.andExpect(jsonPath("$[?(@.shortName == 'InMigra')].currentPlaces", hasItem(35)));
	}

	@Test
	void aProjectComesWithItsPlacesPerPeriodAndTheirChange() throws Exception {
		this.mvc.perform(get("/api/v1/projects/{id}", IN_MIGRA).with(httpBasic("jobcenter", "weitblick-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("InMigra – Übergang Schule–Beruf für junge Zugewanderte"))
			.andExpect(jsonPath("$.places[?(@.label == '2022/23')].places", hasItem(35)))
			.andExpect(jsonPath("$.places[?(@.label == '2022/23')].changePercent", hasItem(40)))
			.andExpect(jsonPath("$.targetFocusGroups", hasItem("MIGRATION_HISTORY")))
			.andExpect(jsonPath("$.funding[*].code", hasItem("AQB")));
	}

	@Test
	void theFocusGroupsAreNamedInTheLanguageTheClientAsksFor() throws Exception {
		this.mvc.perform(get("/api/v1/focus-groups").with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[3].name").value("Langzeitarbeitslose"));
		this.mvc
			.perform(get("/api/v1/focus-groups").header("Accept-Language", "en")
				.with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(jsonPath("$[3].name").value("Long-term unemployed"));
	}

	@Test
	void wrongCredentialsGetAProblemDetailNotASignInPage() throws Exception {
		this.mvc.perform(get("/api/v1/projects").with(httpBasic("niemand", "falsch")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Anmeldung erforderlich"));
	}

	@Test
	void anUnknownProjectIsAProblemDetailWithAGermanMessage() throws Exception {
		this.mvc
			.perform(get("/api/v1/projects/{id}", "019a0000-0000-7000-8000-0000000fffff")
				.with(httpBasic("jobcenter", "weitblick-demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("Dieses Projekt gibt es nicht."));
	}

	@Test
	void aMalformedIdentifierIsAProblemDetailNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/projects/{id}", "kein-projekt").with(httpBasic("jobcenter", "weitblick-demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("id"))
			.andExpect(jsonPath("$.detail").value("Ein Parameter hat ein ungültiges Format."));
	}

	@Test
	void accountsAreReadableOnlyByAdministratorsAndNeverShowPasswordHashes() throws Exception {
		this.mvc.perform(get("/api/v1/staff-accounts").with(httpBasic("admin", "weitblick-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", hasItem("fachkraft")))
			.andExpect(jsonPath("$[0].passwordHash").doesNotExist());
		this.mvc.perform(get("/api/v1/staff-accounts").with(httpBasic("fachkraft", "weitblick-demo")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Kein Zugriff"));
	}

	@Test
	void theOpenApiDescriptionIsVersion31AndOpenToEveryone() throws Exception {
		this.mvc.perform(get("/api/docs/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value("3.1.0"))
			.andExpect(jsonPath("$.info.title").value("Weitblick API"))
			.andExpect(jsonPath("$.paths['/api/v1/projects']").exists());
	}

	@Test
	void healthIsOpenButMetricsNeedAnAdministrator() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "weitblick-demo")))
			.andExpect(status().isOk());
	}

}
