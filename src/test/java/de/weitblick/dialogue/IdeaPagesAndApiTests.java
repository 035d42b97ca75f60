package de.weitblick.dialogue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.dialogue.idea.IdeaDiscussion;
import de.weitblick.dialogue.idea.IdeaDraft;
import de.weitblick.dialogue.idea.IdeaPages;
import de.weitblick.dialogue.idea.IdeaSubmission;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.OrganisationManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ideas' public pages and API: open without signing in, markup shown as text, and the
 * public forms closed to machines and to people without a confirmed address.
 */
@WeitblickIntegrationTest
class IdeaPagesAndApiTests {

	private static final String OUTREACH = "019a0000-0000-7000-8000-000000007101";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdeaSubmission submission;

	@Autowired
	IdeaDiscussion discussion;

	@Autowired
	IdeaPages pages;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePublicReadsTheIdeasTheirTimelineAndTheProjectWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/public/dialogue/ideas"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Projekt für Geflüchtete aus der Ukraine")));
		this.mvc.perform(get("/public/dialogue/ideas/" + OUTREACH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("in Umsetzung")))
			.andExpect(content().string(containsString("Aufsuchende Arbeit für langzeitarbeitslose Menschen")))
			.andExpect(content().string(containsString("In Leichter Sprache")));
		this.mvc.perform(get("/api/v1/dialogue/ideas").param("status", "APPROVED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].title").value("Projekt für Geflüchtete aus der Ukraine"));
		this.mvc.perform(get("/api/v1/dialogue/ideas/" + OUTREACH + "/decisions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[5].to").value("APPROVED"));
		this.mvc.perform(get("/api/v1/dialogue/ideas/" + OUTREACH + "/supports"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.byGroup.PUBLIC").value(2));
		this.mvc.perform(get("/api/v1/dialogue/ideas/" + OUTREACH + "/comments"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].parentId").value("019a0000-0000-7000-8000-000000007301"));
	}

	@Test
	void writingThroughTheApiNeedsAnAccountAndASecondSupportIsRefused() throws Exception {
		this.mvc
			.perform(post("/api/v1/dialogue/ideas/" + OUTREACH + "/comments").with(csrf())
				.contentType("application/json")
				.content("{\"text\":\"Ohne Konto\"}"))
			.andExpect(status().isUnauthorized());
		UUID id = this.submission.submit(IdeaPipelineTests.draft("Über die Schnittstelle unterstützt"),
				IdeaPipelineTests.citizen("API"));
		this.mvc
			.perform(post("/api/v1/dialogue/ideas/" + id + "/supports").with(httpBasic("jobcenter", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"group\":\"JOBCENTER\"}"))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(post("/api/v1/dialogue/ideas/" + id + "/supports").with(httpBasic("jobcenter", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"group\":\"JOBCENTER\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("schon")));
	}

	@Test
	void aSignedInPersonChoosesTheDailyDigestThroughTheApiAndTheIdeaPageShowsTheChoice() throws Exception {
		this.mvc.perform(get("/api/v1/dialogue/news-choice")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(put("/api/v1/dialogue/news-choice").with(httpBasic("moderation", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"dailyDigest\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dailyDigest").value(true));
		this.mvc.perform(get("/api/v1/dialogue/news-choice").with(httpBasic("moderation", "weitblick-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dailyDigest").value(true));
		de.weitblick.dialogue.idea.Contributor moderator = de.weitblick.dialogue.idea.Contributor
			.staff(this.organisation.staffMember("moderation").orElseThrow());
		assertThat(this.pages.page(UUID.fromString(OUTREACH), moderator, true).development().dailyDigest()).isTrue();

		this.mvc
			.perform(put("/api/v1/dialogue/news-choice").with(httpBasic("moderation", "weitblick-demo"))
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"));
		this.mvc
			.perform(put("/api/v1/dialogue/news-choice").with(httpBasic("moderation", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"dailyDigest\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dailyDigest").value(false));
		assertThat(this.pages.page(UUID.fromString(OUTREACH), moderator, true).development().dailyDigest()).isFalse();
	}

	@Test
	void badInputThroughTheApiGetsAGermanProblemAndStoresNothing() throws Exception {
		int before = count();
		String closedEdition = "019a0000-0000-7000-8000-000000006002";
		this.mvc
			.perform(post("/api/v1/dialogue/ideas").with(httpBasic("moderation", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"editionId\":\"" + closedEdition + "\",\"title\":\"Zu spät\",\"problem\":\"P\","
						+ "\"approach\":\"A\",\"focusGroups\":[\"YOUNG_PEOPLE\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail")
				.value(containsString("Diese Ausgabe des Arbeitsmarktdialogs nimmt keine Projektansätze an.")));
		this.mvc
			.perform(post("/api/v1/dialogue/ideas").with(httpBasic("moderation", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"editionId\":\"" + IdeaPipelineTests.EDITION_2022 + "\",\"title\":\" \",\"problem\":\"P\","
						+ "\"approach\":\"A\",\"focusGroups\":[\"YOUNG_PEOPLE\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Bitte füllen Sie dieses Feld aus.")));
		this.mvc
			.perform(post("/api/v1/dialogue/ideas").with(httpBasic("moderation", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"editionId\":\"" + IdeaPipelineTests.EDITION_2022 + "\",\"title\":\"" + "x".repeat(201)
						+ "\",\"problem\":\"P\",\"approach\":\"A\",\"focusGroups\":[\"YOUNG_PEOPLE\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		assertThat(count()).isEqualTo(before);

		int version = this.pages.idea(UUID.fromString(OUTREACH)).orElseThrow().version();
		this.mvc
			.perform(post("/api/v1/dialogue/ideas/" + OUTREACH + "/steps")
				.with(httpBasic("moderation", "weitblick-demo"))
				.contentType("application/json")
				.content("{\"version\":" + version + ",\"status\":\"SUBMITTED\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail")
				.value(containsString("Vom Stand „in Umsetzung“ geht es nicht zu „eingereicht“.")));
		assertThat(this.pages.idea(UUID.fromString(OUTREACH)).orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void scriptInAnIdeaIsShownAsTextAndNeverRun() throws Exception {
		UUID id = this.submission.submit(
				new IdeaDraft(IdeaPipelineTests.EDITION_2022, "<script>alert('x')</script>Titel",
						"<img src=x onerror=alert(1)>", "Ansatz", null, null, null,
						java.util.Set.of(FocusGroupCode.YOUNG_PEOPLE), java.util.Set.of()),
				IdeaPipelineTests.citizen("<i>Name</i>"));

		this.mvc.perform(get("/public/dialogue/ideas/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;Titel")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))));
	}

	@Test
	void withoutAConfirmedAddressThePublicIsAskedForOneAndCannotComment() throws Exception {
		this.mvc.perform(get("/public/dialogue/ideas/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Link senden")));
		this.mvc
			.perform(post("/public/dialogue/ideas/" + OUTREACH + "/comments").with(csrf())
				.param("text", "Anonym")
				.param("shownAt", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("errorText", containsString("bestätigen Sie zuerst")));
		this.mvc.perform(get("/public/dialogue/confirm/nicht-gueltig"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("addressErrorKey", "dialogue.address.link-invalid"));
	}

	@Test
	void theEditionsDocumentationAsCsvHasIdeasStepsAndCommentsButNoNameOfThePublic() throws Exception {
		String secret = "Geheimname-" + UUID.randomUUID();
		UUID id = this.submission.submit(IdeaPipelineTests.draft("Exportierte Idee"),
				de.weitblick.dialogue.idea.Contributor.ofPublic(UUID.randomUUID() + "@example.org", secret));
		this.discussion.comment(id, null, "=HYPERLINK(\"http://example.org\")",
				de.weitblick.dialogue.idea.Contributor.ofPublic(UUID.randomUUID() + "@example.org", secret));

		String csv = this.mvc
			.perform(get("/dialogue/ideas/export.csv").param("edition", IdeaPipelineTests.EDITION_2022.toString())
				.with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(csv).contains("\"Projektansatz\";\"Aufsuchende Arbeit für langzeitarbeitslose Menschen\"")
			.contains("Befürwortet: hohe Passung zur Arbeitsmarktstrategie")
			.contains("\"Kommentar\";\"Aufsuchende Arbeit für langzeitarbeitslose Menschen\";\"\";")
			.contains("\"'=HYPERLINK(\"\"http://example.org\"\")\"")
			.contains("Exportierte Idee")
			.doesNotContain(secret)
			.doesNotContain("@example.org");
	}

	@Test
	void theModerationQueueIsForModeratorsOnly() throws Exception {
		this.mvc.perform(get("/dialogue/moderation").with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/dialogue/moderation").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isForbidden());
	}

	private int count() {
		return this.jdbc.sql("SELECT count(*) FROM dialogue_idea").query(Integer.class).single();
	}

}
