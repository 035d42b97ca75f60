package de.weitblick.funding;

import java.nio.charset.StandardCharsets;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Grants and actuals through the API: the head of department's only, bad input answered
 * as a problem naming what is wrong.
 */
@WeitblickIntegrationTest
class GrantApiTests {

	private static final String PASSWORD = "weitblick-demo";

	@Autowired
	MockMvc mvc;

	@Test
	void theHeadOfDepartmentRecordsAGrantAndReadsItBack() throws Exception {
		String body = """
				{"programmeId": "019a0000-0000-7000-8000-000000004003", "projectId": "019a0000-0000-7000-8000-000000005002",
				 "startsOn": "2026-01-01", "endsOn": "2026-06-30", "amountCents": 5000000, "coFinancingPercent": 40,
				 "noticeNumber": "ESF-API-1", "noticeDate": "2025-12-15", "reportingDates": ["2026-07-31"]}
				""";
		this.mvc
			.perform(post("/api/v1/funding/grants").with(httpBasic("controlling", PASSWORD))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.noticeNumber").value("ESF-API-1"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.reportingDates[0]").value("2026-07-31"));
	}

	@Test
	void aCounsellorMayNotReadGrants() throws Exception {
		this.mvc.perform(get("/api/v1/funding/grants").with(httpBasic("fachkraft", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFinanceFileWithAnUnknownCostCentreIsAProblemNamingTheLine() throws Exception {
		this.mvc
			.perform(post("/api/v1/funding/actuals").with(httpBasic("controlling", PASSWORD))
				.contentType("text/csv")
				.content("Kostenstelle;Monat;Betrag\nKS-GIBT-ES-NICHT;2026-01;1,00\n".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.reasons[0]").value(org.hamcrest.Matchers.containsString("KS-GIBT-ES-NICHT")));
	}

}
