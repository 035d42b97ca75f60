package de.weitblick.dialogue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.dialogue.idea.AddressConfirmations;
import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaPages;
import de.weitblick.dialogue.idea.IdeaSubmission;
import de.weitblick.dialogue.idea.IdeaDiscussion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of an idea's further development, the remembered address, the project's
 * figures on the idea's page and the edition's documentation as PDF.
 */
@WeitblickIntegrationTest
class IdeaDevelopmentPagesTests {

	private static final String OUTREACH = "019a0000-0000-7000-8000-000000007101";

	private static final Pattern LINK = Pattern.compile("/public/dialogue/confirm/([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	IdeaPages pages;

	@Autowired
	IdeaSubmission submission;

	@Autowired
	IdeaDiscussion discussion;

	@Autowired
	AddressConfirmations confirmations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aConfirmedAddressIsRememberedByTheBrowserBeyondTheSessionUntilThePersonLetsItForget() throws Exception {
		String address = "remembered-" + UUID.randomUUID() + "@example.org";
		this.confirmations.request(address, null);
		String body = this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipients = :to")
			.param("to", address)
			.query(String.class)
			.single();
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).isTrue();

		MvcResult confirmed = this.mvc.perform(get("/public/dialogue/confirm/" + link.group(1)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Cookie cookie = confirmed.getResponse().getCookie("weitblick-dialogue-address");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getMaxAge()).isEqualTo(90 * 24 * 3600);
		assertThat(cookie.getValue()).doesNotContain(address);

		// A new browser session: no session, only the cookie.
		this.mvc.perform(get("/public/dialogue/ideas/" + OUTREACH).cookie(cookie))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comment-text\"")))
			.andExpect(content().string(containsString("id=\"news-choice\"")));
		this.mvc.perform(get("/public/dialogue/ideas/" + OUTREACH).cookie(new Cookie(cookie.getName(), "erfunden")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"comment-text\""))));

		MvcResult forgotten = this.mvc.perform(post("/public/dialogue/address/forget").cookie(cookie).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(forgotten.getResponse().getCookie("weitblick-dialogue-address").getMaxAge()).isZero();
		this.mvc.perform(get("/public/dialogue/ideas/" + OUTREACH).cookie(cookie))
			.andExpect(content().string(not(containsString("id=\"comment-text\""))));
	}

	@Test
	void theHistoryPageShowsEveryVersionWithWhatWasRemovedAndAdded() throws Exception {
		Contributor author = Contributor.ofPublic("history-" + UUID.randomUUID() + "@example.org", "Hanna");
		UUID id = this.submission.submit(IdeaPipelineTests.draft("Nachbarschaftshilfe <b>digital</b>"), author);
		this.mvc
			.perform(post("/public/dialogue/ideas/" + id + "/revision").with(csrf())
				.cookie(confirmed(author.email()))
				.param("version", String.valueOf(this.pages.idea(id).orElseThrow().version()))
				.param("title", "Nachbarschaftshilfe <b>digital</b>")
				.param("problem", "Menschen finden keinen Weg.")
				.param("approach", "Wir gehen auf sie zu.")
				.param("roughCostEuros", "1000")
				.param("note", "Genauer beschrieben"))
			.andExpect(flash().attribute("errorText", nullValue()))
			.andExpect(flash().attribute("doneKey", "dialogue.version.written.done"))
			.andExpect(redirectedUrl("/public/dialogue/ideas/" + id));

		this.mvc.perform(get("/public/dialogue/ideas/" + id + "/versions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fassung 2")))
			.andExpect(content().string(containsString("Fassung 1")))
			.andExpect(content().string(containsString("Genauer beschrieben")))
			.andExpect(content().string(containsString("&lt;b&gt;digital&lt;/b&gt;")))
			.andExpect(content().string(containsString("<del><span class=\"wb-visually-hidden\">gestrichen:</span>")))
			.andExpect(content().string(containsString("Weg.</ins>")));
		this.mvc.perform(get("/public/dialogue/ideas/" + id))
			.andExpect(content().string(containsString("Fassung 2 – Verlauf ansehen")));
	}

	/**
	 * Confirms the address through the link in its mail.
	 * @return the cookie by which the browser remembers it
	 */
	private Cookie confirmed(String address) throws Exception {
		this.confirmations.request(address, null);
		Matcher link = LINK.matcher(this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipients = :to")
			.param("to", address)
			.query(String.class)
			.single());
		assertThat(link.find()).isTrue();
		return this.mvc.perform(get("/public/dialogue/confirm/" + link.group(1)))
			.andReturn()
			.getResponse()
			.getCookie("weitblick-dialogue-address");
	}

	@Test
	void aModeratorMergesADuplicateOnItsPageAndItPointsToTheIdeaItWasMergedInto() throws Exception {
		UUID original = this.submission.submit(IdeaPipelineTests.draft("Lotsen für Ausbildungsplätze"),
				IdeaPipelineTests.citizen("Ida"));
		UUID duplicate = this.submission.submit(IdeaPipelineTests.draft("Ausbildungslotsen im Stadtteil"),
				IdeaPipelineTests.citizen("Jan"));
		this.mvc.perform(get("/public/dialogue/ideas/" + duplicate).with(user("moderation").roles("MODERATION")))
			.andExpect(content().string(containsString("id=\"merge\"")));

		this.mvc
			.perform(post("/dialogue/ideas/" + duplicate + "/merge").with(csrf())
				.with(user("moderation").roles("MODERATION"))
				.param("version", String.valueOf(this.pages.idea(duplicate).orElseThrow().version()))
				.param("intoId", original.toString()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/public/dialogue/ideas/" + duplicate))
			.andExpect(content().string(containsString("id=\"merged-into\"")))
			.andExpect(content().string(containsString("Lotsen für Ausbildungsplätze")));
		this.mvc.perform(get("/public/dialogue/ideas/" + original))
			.andExpect(content().string(containsString("Ausbildungslotsen im Stadtteil")))
			.andExpect(content().string(containsString("Jan")));
	}

	@Test
	void theIdeasPageShowsItsProjectsFiguresWithSmallNumbersHidden() throws Exception {
		this.mvc.perform(get("/public/dialogue/ideas/" + OUTREACH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"project-figures\"")))
			.andExpect(content().string(containsString("Erreichte Personen")))
			.andExpect(content().string(containsString("Zahlen unter 3 werden nicht gezeigt")));
	}

	@Test
	void theEditionsDocumentationIsATaggedPdfWithIdeasDecisionsAndCommentsButNoNameOfThePublic() throws Exception {
		String secret = "Verborgen-" + UUID.randomUUID();
		UUID id = this.submission.submit(IdeaPipelineTests.draft("Dokumentierte Idee"),
				Contributor.ofPublic(UUID.randomUUID() + "@example.org", secret));
		this.discussion.comment(id, null, "Ein Kommentar für die Dokumentation",
				Contributor.ofPublic(UUID.randomUUID() + "@example.org", secret));

		byte[] pdf = this.mvc
			.perform(
					get("/dialogue/ideas/documentation.pdf").param("edition", IdeaPipelineTests.EDITION_2022.toString())
						.with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
			assertThat(document.getDocumentInformation().getTitle()).contains("Dokumentation des Arbeitsmarktdialogs");
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Aufsuchende Arbeit für langzeitarbeitslose Menschen")
				.contains("Befürwortet: hohe Passung zur Arbeitsmarktstrategie")
				.contains("Dokumentierte Idee")
				.contains("Ein Kommentar für die Dokumentation")
				.doesNotContain(secret)
				.doesNotContain("@example.org");
		}
	}

}
