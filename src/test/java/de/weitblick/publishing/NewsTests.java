package de.weitblick.publishing;

import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.publishing.news.NewsDesk;
import de.weitblick.publishing.news.NewsDraft;
import de.weitblick.publishing.news.NewsDraft.NewImage;
import de.weitblick.publishing.news.NewsStatus;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * News go out only after a second person reviewed them, with the image's credit shown
 * wherever the image is; the public reads them, their images and the Atom feed without
 * signing in.
 */
@WeitblickIntegrationTest
class NewsTests {

	private static final byte[] PIXEL = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	@Autowired
	NewsDesk desk;

	@Autowired
	MockMvc mvc;

	private static NewsDraft draft(String title, NewImage image) {
		return new NewsDraft(title, "Vorspann", "Text der Meldung", LocalDate.of(2024, 3, 1), image, false);
	}

	@Test
	void anArticleIsPublishedOnlyByASecondPersonAndThenIsPublicWithItsImageCredit() throws Exception {
		String title = "Projektstart " + UUID.randomUUID();
		UUID id = this.desk.write(
				draft(title, new NewImage(PIXEL, "image/png", "Gruppe vor der Werkhalle", "Presseamt", "CC BY 4.0")),
				"moderation");
		this.mvc.perform(get("/news/articles/" + id)).andExpect(status().isNotFound());

		this.desk.submit(id, 0, "moderation");
		assertThatThrownBy(() -> this.desk.publish(id, 1, "moderation")).isInstanceOfSatisfying(RuleViolation.class,
				v -> assertThat(v.messageKey()).isEqualTo("news.rule.second-person"));
		this.mvc.perform(get("/news/articles/" + id + "/image")).andExpect(status().isNotFound());
		this.desk.publish(id, 1, "controlling");
		assertThat(this.desk.article(id).orElseThrow().status()).isEqualTo(NewsStatus.PUBLISHED);

		this.mvc.perform(get("/news")).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/news/articles/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Foto: Presseamt, CC BY 4.0")))
			.andExpect(content().string(containsString("alt=\"Gruppe vor der Werkhalle\"")));
		this.mvc.perform(get("/news/articles/" + id + "/image"))
			.andExpect(status().isOk())
			.andExpect(content().bytes(PIXEL));
		this.mvc.perform(get("/news/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andExpect(content().string(containsString("<title>" + title + "</title>")))
			.andExpect(content().string(containsString("<rights>Foto: Presseamt, CC BY 4.0</rights>")));
		this.mvc.perform(get("/api/v1/news/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.image.photographer").value("Presseamt"));
		assertThatThrownBy(() -> this.desk.revise(id, 2, draft("Neu", null), "moderation"))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void anImageWithoutItsCreditOrNoImageAtAllIsRefusedAndNothingIsStored() {
		int before = this.desk.all().size();
		assertThatThrownBy(() -> this.desk.write(
				draft("Ohne Nachweis", new NewImage(PIXEL, "image/png", "Beschreibung", null, "CC BY 4.0")),
				"moderation"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("imagePhotographer"));
		assertThatThrownBy(() -> this.desk.write(
				draft("Kein Bild", new NewImage("<script>alert(1)</script>".getBytes(), "image/png", "B", "F", "L")),
				"moderation"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("image"));
		assertThatThrownBy(() -> this.desk.write(draft(" ", null), "moderation"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("title"));
		assertThatThrownBy(() -> this.desk.write(draft("x".repeat(201), null), "moderation"))
			.isInstanceOf(RuleViolation.class);
		assertThat(this.desk.all()).hasSize(before);
	}

	@Test
	void markupInAnArticleIsShownAsTextOnThePageAndInTheFeedAndNeverRun() throws Exception {
		String marker = UUID.randomUUID().toString();
		UUID id = this.desk.write(
				new NewsDraft("<script>alert(1)</script>Ergebnisse " + marker, "<img src=x onerror=alert(2)>Vorspann",
						"<b>fett</b> Text der Meldung", LocalDate.of(2024, 3, 1), null, false),
				"moderation");
		this.desk.submit(id, 0, "moderation");
		this.desk.publish(id, 1, "controlling");

		this.mvc.perform(get("/news/articles/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;Ergebnisse " + marker)))
			.andExpect(content().string(containsString("&lt;b&gt;fett&lt;/b&gt; Text der Meldung")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(not(containsString("<b>fett</b>"))));
		this.mvc.perform(get("/news/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(marker)))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(not(containsString("<img src=x"))));
	}

	@Test
	void draftsAndArticlesInReviewStayOffThePublicPagesAndTheFeed() throws Exception {
		String title = "Entwurf " + UUID.randomUUID();
		UUID id = this.desk.write(draft(title, null), "moderation");
		this.desk.submit(id, 0, "moderation");

		this.mvc.perform(get("/news")).andExpect(content().string(not(containsString(title))));
		this.mvc.perform(get("/news/feed.atom")).andExpect(content().string(not(containsString(title))));
		this.mvc.perform(get("/api/v1/news/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/news/manage")).andExpect(status().is3xxRedirection());
	}

}
