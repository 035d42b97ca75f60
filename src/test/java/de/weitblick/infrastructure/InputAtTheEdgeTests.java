package de.weitblick.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isA;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input is checked where it enters: what cannot be stored or does not have the type the
 * API describes is a {@code 400} naming the field, never converted silently and never a
 * server error.
 */
@WeitblickIntegrationTest
class InputAtTheEdgeTests {

	private static final String NUL = "\u0000";

	@Autowired
	MockMvc mvc;

	@Test
	void aNulCharacterInAJsonFieldIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
		String familyName = "Nul" + UUID.randomUUID();
		this.mvc.perform(registration("familyName", "\"" + familyName + "\\u0000x\"", "birthDate", "\"1980-01-01\""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("familyName"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("NUL")));
		this.mvc.perform(get("/api/v1/participants").param("name", familyName).with(counsellor()))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aNulCharacterInAQueryParameterIsRefusedNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/participants").param("name", "Mü" + NUL + "ller").with(counsellor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("NUL")));
	}

	@Test
	void aNulCharacterInAFormIsShownAtItsFieldInGerman() throws Exception {
		this.mvc
			.perform(post("/participants").with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.param("familyName", "Nul" + NUL)
				.param("givenNames", "Erika")
				.param("birthDate", "1985-06-15")
				.param("gender", "FEMALE")
				.param("benefitBasis", "SGB_II")
				.param("referralSource", "JOBCENTER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte korrigieren Sie die markierten Angaben.")))
			.andExpect(content().string(containsString("unzulässiges Steuerzeichen (NUL)")));
	}

	@Test
	void aNumberIsNeitherADateNorAGender() throws Exception {
		this.mvc.perform(registration("familyName", "\"Zahl\"", "birthDate", "123"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("birthDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("JJJJ-MM-TT")));
		this.mvc.perform(registration("familyName", "\"Zahl\"", "birthDate", "\"1980-01-01\"", "gender", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("gender")));
	}

	@Test
	void textIsNoNumberAndANumberIsNoText() throws Exception {
		this.mvc
			.perform(registration("familyName", "\"Text\"", "birthDate", "\"1980-01-01\"", "immigrationYear",
					"\"2001\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("immigrationYear"));
		this.mvc.perform(registration("familyName", "42", "birthDate", "\"1980-01-01\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("familyName"));
	}

	@Test
	void aWrongValueDeepInTheBodyIsNamedByItsPath() throws Exception {
		this.mvc
			.perform(registration("familyName", "\"Tief\"", "birthDate", "\"1980-01-01\"", "languages",
					"[{\"languageCode\": \"de\", \"level\": 7}]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("languages[0].level"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("B1")));
	}

	@Test
	void aBodyThatCannotBeReadIsRefusedWithTheErrorsList() throws Exception {
		this.mvc
			.perform(post("/api/v1/participants").with(counsellor())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"familyName\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		this.mvc
			.perform(post("/api/v1/projects").with(httpBasic("controlling", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Ohne\", \"eligibility\": {\"requiresCityResidence\": null}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("eligibility.requiresCityResidence"));
	}

	@Test
	void pagingOutsideItsRangeIsRefusedNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/participants").param("page", "-1").param("size", "101").with(counsellor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("page")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("size")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Eine Seite hat höchstens 100 Einträge.")));
		this.mvc.perform(get("/api/v1/participants").param("size", "0").with(counsellor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.mvc
			.perform(get("/api/v1/audit-events").param("limit", "100000").with(httpBasic("admin", "weitblick-demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
		this.mvc.perform(get("/api/v1/participants/imports").param("limit", "-5").with(counsellor()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

	@Test
	void anExitNeedsAStatusThatIsAnExit() throws Exception {
		this.mvc
			.perform(post("/api/v1/enrolments/{id}/exit", UUID.randomUUID())
				.with(httpBasic("projektleitung", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"exit\": \"WAITING\", \"date\": \"2025-01-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("exit"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("COMPLETED, DROPPED_OUT, TRANSFERRED")));
	}

	@Test
	void identifiersArePlainStringsInSearchResults() throws Exception {
		this.mvc.perform(get("/api/v1/participants").param("size", "1").with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id", isA(String.class)));
	}

	/**
	 * A registration with valid fields, some replaced: names each followed by the value
	 * as raw JSON.
	 */
	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder registration(String... fields) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("givenNames", "\"Erika\"");
		body.put("gender", "\"FEMALE\"");
		body.put("benefitBasis", "\"SGB_II\"");
		body.put("referralSource", "\"JOBCENTER\"");
		body.put("confirmedNoDuplicate", "true");
		for (int i = 0; i < fields.length; i += 2) {
			body.put(fields[i], fields[i + 1]);
		}
		return post("/api/v1/participants").with(counsellor())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.entrySet()
				.stream()
				.map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
				.collect(Collectors.joining(", ", "{", "}")));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor counsellor() {
		return httpBasic("fachkraft", "weitblick-demo");
	}

}
