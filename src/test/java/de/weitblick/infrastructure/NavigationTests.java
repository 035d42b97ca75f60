package de.weitblick.infrastructure;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WeitblickIntegrationTest
class NavigationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theStartPageSpeaksGermanAndOffersSignInToTheSignedOut() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"de\">")))
			.andExpect(content().string(containsString("Anmelden")))
			.andExpect(content().string(not(containsString("Hauptnavigation"))));
	}

	@Test
	void anAdministratorSeesTheAccountsInTheNavigationAndACounsellorDoesNot() throws Exception {
		this.mvc.perform(get("/").with(user("admin").roles("ADMINISTRATOR")))
			.andExpect(content().string(containsString("Benutzerkonten")))
			.andExpect(content().string(containsString("Fokusgruppen")));
		this.mvc.perform(get("/focus-groups").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(content().string(not(containsString("Benutzerkonten"))))
			.andExpect(content().string(containsString("Fokusgruppen")));
	}

	@Test
	void aCounsellorsDayStartsWithWhatTheDayAsksOfTheCaseload() throws Exception {
		this.mvc.perform(get("/").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/counselling/today"));
	}

	@Test
	void anEmployerSeesProjectsAndTheDialogueButNoInternalAreas() throws Exception {
		this.mvc.perform(get("/").with(user("arbeitgeber").roles("EMPLOYER")))
			.andExpect(content().string(containsString("href=\"/projects\"")))
			.andExpect(content().string(containsString("href=\"/dialogue/editions\"")))
			.andExpect(content().string(not(containsString("href=\"/focus-groups\""))))
			.andExpect(content().string(not(containsString("href=\"/funding/programmes\""))));
	}

	@Test
	void theLanguageSwitchTurnsThePageEnglishAndRemembersTheChoice() throws Exception {
		var result = this.mvc.perform(get("/projects").param("lang", "en").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("All projects")))
			.andReturn();
		var cookie = result.getResponse().getCookie("weitblick-language");
		this.mvc.perform(get("/projects").cookie(cookie).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(content().string(containsString("All projects")));
	}

	@Test
	void everyPageCarriesAContentSecurityPolicyWithoutInlineScripts() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

}
