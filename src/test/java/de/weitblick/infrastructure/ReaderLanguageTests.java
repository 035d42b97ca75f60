package de.weitblick.infrastructure;

import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dates on the pages are written in the reader's language: an English reader reads 1 Aug
 * 2018 where a German reader reads 01.08.2018, on the page itself and inside its
 * sentences.
 */
@WeitblickIntegrationTest
class ReaderLanguageTests {

	private static final String IN_MIGRA = "/projects/019a0000-0000-7000-8000-000000005002";

	@Autowired
	MockMvc mvc;

	@Test
	void anEnglishReaderReadsTheDayAProjectStartedTheEnglishWay() throws Exception {
		this.mvc.perform(get(IN_MIGRA).header("Accept-Language", "en").with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 Aug 2018")))
			.andExpect(content().string(not(containsString("01.08.2018"))));
		this.mvc.perform(get(IN_MIGRA).header("Accept-Language", "de").with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("01.08.2018")));
	}

	@Test
	void anEnglishReaderReadsTheDayInAReasonTheEnglishWay() throws Exception {
		String location = this.mvc
			.perform(post("/participants").with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.param("familyName", "Sprache" + UUID.randomUUID().toString().substring(0, 8))
				.param("givenNames", "Erika")
				.param("birthDate", "1985-06-15")
				.param("gender", "FEMALE")
				.param("benefitBasis", "SGB_II")
				.param("unemployedSince", "2024-10-01")
				.param("referralSource", "JOBCENTER"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/participants/");

		this.mvc.perform(get(location).header("Accept-Language", "en").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("unemployed since 1 Oct 2024")))
			.andExpect(content().string(containsString("15 Jun 1985")))
			.andExpect(content().string(not(containsString("01.10.2024"))));
		this.mvc.perform(get(location).with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("arbeitslos seit 01.10.2024")))
			.andExpect(content().string(containsString("15.06.1985")));
	}

}
