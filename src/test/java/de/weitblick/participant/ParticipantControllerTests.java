package de.weitblick.participant;

import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registration form and the API answer bad input with a clear German message at the
 * field, and keep what was typed.
 */
@WeitblickIntegrationTest
class ParticipantControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theRegistrationFormRendersCompletely() throws Exception {
		this.mvc.perform(get("/participants/new").with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geburtsjahre der Kinder im Haushalt")))
			.andExpect(content().string(containsString("</html>")));
	}

	@Test
	void missingEntriesAreNamedAtTheirFieldsAndTheRestIsKept() throws Exception {
		this.mvc.perform(register().param("familyName", "Behalten").param("postalCode", "341"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte korrigieren Sie die markierten Angaben.")))
			.andExpect(content().string(containsString("Bitte geben Sie die Vornamen an.")))
			.andExpect(content().string(containsString("Eine Postleitzahl hat fünf Ziffern.")))
			.andExpect(content().string(containsString("value=\"Behalten\"")));
	}

	@Test
	void anImpossibleDateIsExplainedNotThrown() throws Exception {
		this.mvc
			.perform(register().param("familyName", "Unmöglich")
				.param("givenNames", "Erika")
				.param("birthDate", "2020-02-31")
				.param("benefitBasis", "SGB_II")
				.param("referralSource", "JOBCENTER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte geben Sie ein gültiges Datum ein.")));
	}

	@Test
	void aRuleOfTheCaseFileIsShownAtItsField() throws Exception {
		this.mvc.perform(complete(register(), "Regel" + UUID.randomUUID()).param("singleParent", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("mindestens ein minderjähriges Kind")));
	}

	@Test
	void anUnknownCountryIsRefused() throws Exception {
		this.mvc.perform(complete(register(), "Land" + UUID.randomUUID()).param("countryOfBirth", "XX"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ein Land ist unbekannt.")));
	}

	@Test
	void aCompleteRegistrationLeadsToTheCaseFile() throws Exception {
		this.mvc.perform(complete(register(), "Vollständig" + UUID.randomUUID()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/participants/")));
	}

	@Test
	void aSecondRegistrationOfTheSamePersonIsStoppedWithAWarning() throws Exception {
		String familyName = "Doppelt" + UUID.randomUUID();
		this.mvc.perform(complete(register(), familyName)).andExpect(status().is3xxRedirection());
		this.mvc.perform(complete(register(), familyName))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ist diese Person schon erfasst?")));
		this.mvc.perform(complete(register(), familyName).param("confirmedNoDuplicate", "true"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theSearchFormOffersItsChoicesInGermanAndKeepsWhatWasChosen() throws Exception {
		this.mvc
			.perform(get("/participants").param("status", "CLOSED")
				.param("focusGroup", "LONG_TERM_UNEMPLOYED")
				.param("sort", "BIRTH_DATE")
				.with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<option value=\"LONG_TERM_UNEMPLOYED\" selected=\"selected\">")))
			.andExpect(content()
				.string(containsString("<option value=\"CLOSED\" selected=\"selected\">abgeschlossen</option>")))
			.andExpect(content().string(containsString("<option value=\"ACTIVE\">in Betreuung</option>")))
			.andExpect(content()
				.string(containsString("<option value=\"BIRTH_DATE\" selected=\"selected\">Geburtsdatum</option>")))
			.andExpect(content().string(containsString("<option value=\"\">ganzes Team</option>")))
			.andExpect(content().string(containsString("Wesertor</option>")));
	}

	@Test
	void theListAnswersHtmxWithTheResultsOnly() throws Exception {
		this.mvc.perform(get("/participants").param("name", "Müller").header("HX-Request", "true").with(counsellor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/participants").param("name", "Müller").with(counsellor()))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void theApiRefusesAnIncompletePersonWithTheFieldsNamed() throws Exception {
		this.mvc
			.perform(post("/api/v1/participants").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"familyName\": \"Api\", \"gender\": \"FEMALE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[?(@.field == 'birthDate')].message")
				.value("Bitte geben Sie das Geburtsdatum an."));
	}

	@Test
	void theApiRefusesAStaleChangeWithAConflict() throws Exception {
		String body = """
				{"familyName": "Api%s", "givenNames": "Eva", "birthDate": "1990-01-01", "gender": "FEMALE",
				 "benefitBasis": "SGB_II", "referralSource": "JOBCENTER", "version": 0}
				""".formatted(UUID.randomUUID());
		String location = this.mvc
			.perform(post("/api/v1/participants").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.focusGroups[?(@.code == 'WOMEN')].reason").value("Frau"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc
			.perform(put(location).with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content(body.replace("Eva", "Emma")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(location).with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content(body.replace("Eva", "Elke")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Konflikt"));
	}

	@Test
	void theApiStopsASecondRegistrationOfTheSamePersonUntilItIsConfirmed() throws Exception {
		String body = """
				{"familyName": "ApiDoppelt%s", "givenNames": "Eva", "birthDate": "1991-02-03", "gender": "FEMALE",
				 "benefitBasis": "SGB_II", "referralSource": "JOBCENTER"}
				""".formatted(UUID.randomUUID());
		this.mvc
			.perform(post("/api/v1/participants").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/participants").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Ist diese Person schon erfasst?"))
			.andExpect(jsonPath("$.possibleDuplicates[0]").exists());
		this.mvc
			.perform(post("/api/v1/participants").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content(body.replace("\"JOBCENTER\"", "\"JOBCENTER\", \"confirmedNoDuplicate\": true")))
			.andExpect(status().isCreated());
	}

	@Test
	void theApiRefusesABirthDateInTheFutureAsUnprocessable() throws Exception {
		this.mvc
			.perform(post("/api/v1/participants").with(httpBasic("fachkraft", "weitblick-demo"))
				.contentType("application/json")
				.content("""
						{"familyName": "Zukunft", "givenNames": "Eva", "birthDate": "2999-01-01", "gender": "FEMALE",
						 "benefitBasis": "SGB_II", "referralSource": "JOBCENTER"}
						"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("birthDate"))
			.andExpect(jsonPath("$.detail").value("Das Geburtsdatum liegt in der Zukunft."));
	}

	private static MockHttpServletRequestBuilder register() {
		return post("/participants").with(counsellor()).with(csrf());
	}

	private static MockHttpServletRequestBuilder complete(MockHttpServletRequestBuilder request, String familyName) {
		return request.param("familyName", familyName)
			.param("givenNames", "Erika")
			.param("birthDate", "1985-06-15")
			.param("gender", "FEMALE")
			.param("benefitBasis", "SGB_II")
			.param("referralSource", "JOBCENTER");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor counsellor() {
		return user("fachkraft").roles("COUNSELLOR");
	}

}
