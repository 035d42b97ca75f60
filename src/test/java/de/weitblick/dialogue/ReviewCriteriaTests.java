package de.weitblick.dialogue;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaPage;
import de.weitblick.dialogue.idea.IdeaPages;
import de.weitblick.dialogue.idea.IdeaPipeline;
import de.weitblick.dialogue.idea.IdeaReview;
import de.weitblick.dialogue.idea.IdeaStatus;
import de.weitblick.dialogue.idea.IdeaSubmission;
import de.weitblick.dialogue.idea.ReviewCriteria;
import de.weitblick.dialogue.idea.ReviewCriterion;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.shared.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The moderators administer the criteria the reviewers score ideas on: they add them,
 * name them in both languages, weigh and order them, and deactivate them without losing
 * scores.
 */
@WeitblickIntegrationTest
class ReviewCriteriaTests {

	@Autowired
	ReviewCriteria criteria;

	@Autowired
	IdeaReview review;

	@Autowired
	IdeaPages pages;

	@Autowired
	IdeaSubmission submission;

	@Autowired
	IdeaPipeline pipeline;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theFirstCriteriaKeepTheirLabelsFromTheMessageBundles() {
		ReviewCriterion fit = this.criteria.criterion("STRATEGY_FIT");

		assertThat(fit.labelDe()).isEqualTo("Passung zu den Zielen der Arbeitsmarktstrategie");
		assertThat(fit.labelEn()).isEqualTo("Fit with the goals of the labour-market strategy");
		assertThat(fit.weight()).isEqualTo(2);
	}

	@Test
	void anAddedCriterionIsOfferedToReviewersWithItsLabelsInOrder() {
		String code = code();
		ReviewCriterion added = this.criteria.add(code, " Soziale Wirkung ", "Social impact", 3, 6);

		assertThat(added.labelDe()).isEqualTo("Soziale Wirkung");
		assertThat(added.label("en")).isEqualTo("Social impact");
		assertThat(added.active()).isTrue();
		assertThat(this.review.offeredCriteria()).extracting(ReviewCriterion::code).contains(code);
		assertThat(this.review.criteria()).contains(code);
		this.criteria.setActive(code, added.version(), false);
	}

	@Test
	void aBlankLabelAWeightOutOfRangeOrAKnownCodeIsRefusedAndNothingIsStored() {
		String code = code();
		assertRefused(() -> this.criteria.add(code, "  ", "Impact", 1, 6), "labelDe", "dialogue.rule.criterion-label");
		assertRefused(() -> this.criteria.add(code, "Wirkung", "", 1, 6), "labelEn", "dialogue.rule.criterion-label");
		assertRefused(() -> this.criteria.add(code, "Wirkung", "Impact", 0, 6), "weight",
				"dialogue.rule.criterion-weight");
		assertRefused(() -> this.criteria.add(code, "Wirkung", "Impact", 101, 6), "weight",
				"dialogue.rule.criterion-weight");
		assertRefused(() -> this.criteria.add(code, "Wirkung", "Impact", 1, 0), "position",
				"dialogue.rule.criterion-position");
		assertRefused(() -> this.criteria.add("soziale wirkung", "Wirkung", "Impact", 1, 6), "code",
				"dialogue.rule.criterion-code");
		assertRefused(() -> this.criteria.add("COST", "Kosten", "Cost", 1, 6), "code", "dialogue.rule.criterion-known");
		assertThat(this.criteria.all()).extracting(ReviewCriterion::code).doesNotContain(code);
		assertThat(this.criteria.criterion("COST").labelDe()).isEqualTo("Kosten");

		ReviewCriterion cost = this.criteria.criterion("COST");
		assertRefused(() -> this.criteria.change("COST", cost.version(), "Kosten", "Cost", 101, 4, true), "weight",
				"dialogue.rule.criterion-weight");
		assertThat(this.criteria.criterion("COST")).isEqualTo(cost);
	}

	@Test
	void aChangeFromAStaleVersionIsRefused() {
		ReviewCriterion added = this.criteria.add(code(), "Nachhaltigkeit", "Sustainability", 1, 7);
		ReviewCriterion changed = this.criteria.change(added.code(), added.version(), "Dauerhafte Wirkung",
				"Lasting effect", 4, 8, true);

		assertThat(changed.labelDe()).isEqualTo("Dauerhafte Wirkung");
		assertThat(changed.weight()).isEqualTo(4);
		assertThat(changed.position()).isEqualTo(8);
		assertThatThrownBy(() -> this.criteria.change(added.code(), added.version(), "Alt", "Old", 1, 7, true))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.criteria.criterion(added.code()).labelDe()).isEqualTo("Dauerhafte Wirkung");
		this.criteria.setActive(added.code(), changed.version(), false);
	}

	@Test
	void aDeactivatedCriterionIsNoLongerOfferedButItsScoresStillExplainTheResult() {
		ReviewCriterion added = this.criteria.add(code(), "Wirkung im Quartier", "Effect in the neighbourhood", 3, 9);
		UUID id = this.submission.submit(IdeaPipelineTests.draft("Quartiersidee"),
				IdeaPipelineTests.citizen("Quartier"));
		underReview(id);
		Contributor moderator = Contributor
			.staff(this.organisation.staffMember(IdeaPipelineTests.MODERATION).orElseThrow());
		this.review.score(id, Map.of("STRATEGY_FIT", 2, added.code(), 5), moderator);

		ReviewCriterion deactivated = this.criteria.setActive(added.code(), added.version(), false);

		assertThat(deactivated.scores()).isEqualTo(1);
		assertThat(this.review.offeredCriteria()).extracting(ReviewCriterion::code).doesNotContain(added.code());
		assertThatThrownBy(() -> this.review.score(id, Map.of(added.code(), 4), moderator))
			.hasMessageContaining("dialogue.rule.unknown-criterion");
		IdeaPage.Review result = this.pages.page(id, moderator, true).review();
		assertThat(result.criteria()).filteredOn(c -> c.code().equals(added.code())).singleElement().satisfies(c -> {
			assertThat(c.active()).isFalse();
			assertThat(c.mean()).isEqualTo(5.0);
			assertThat(c.label("de")).isEqualTo("Wirkung im Quartier");
		});
		// Strategy fit weighs 2, the deactivated criterion 3: (2 * 2 + 5 * 3) / 5.
		assertThat(result.weightedMean()).isCloseTo(19.0 / 5, org.assertj.core.data.Offset.offset(0.001));

		ReviewCriterion reactivated = this.criteria.setActive(added.code(), deactivated.version(), true);
		assertThat(this.review.offeredCriteria()).extracting(ReviewCriterion::code).contains(added.code());
		this.criteria.setActive(added.code(), reactivated.version(), false);
	}

	@Test
	void theModeratorsAdministerTheCriteriaOnTheirPageInGerman() throws Exception {
		this.mvc.perform(get("/dialogue/manage/review-criteria").with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Prüfkriterien")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Erreichbarkeit der Fokusgruppen")));
		this.mvc.perform(get("/dialogue/manage/review-criteria").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isForbidden());

		String code = code();
		this.mvc
			.perform(post("/dialogue/manage/review-criteria").with(user("moderation").roles("MODERATION"))
				.with(csrf())
				.param("code", code)
				.param("labelDe", "Wirkung")
				.param("labelEn", "Impact")
				.param("weight", "0")
				.param("position", "6")
				.locale(Locale.GERMAN))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", org.hamcrest.Matchers
				.hasToString(org.hamcrest.Matchers.containsString("Bitte geben Sie ein Gewicht von 1 bis 100 an."))));
		assertThat(this.criteria.all()).extracting(ReviewCriterion::code).doesNotContain(code);

		this.mvc
			.perform(post("/dialogue/manage/review-criteria").with(user("moderation").roles("MODERATION"))
				.with(csrf())
				.param("code", code)
				.param("labelDe", "Wirkung")
				.param("labelEn", "Impact")
				.param("weight", "2")
				.param("position", "6"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("doneKey", "dialogue.criterion.added"));
		int version = this.criteria.criterion(code).version();
		this.mvc
			.perform(post("/dialogue/manage/review-criteria/" + code).with(user("moderation").roles("MODERATION"))
				.with(csrf())
				.param("version", String.valueOf(version + 1))
				.param("labelDe", "Wirkung")
				.param("labelEn", "Impact")
				.param("weight", "2")
				.param("position", "6")
				.param("active", "true")
				.locale(Locale.GERMAN))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", org.hamcrest.Matchers
				.hasToString(org.hamcrest.Matchers.containsString("Jemand hat diese Angaben inzwischen geändert."))));
		this.mvc
			.perform(post("/dialogue/manage/review-criteria/" + code + "/active")
				.with(user("moderation").roles("MODERATION"))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("active", "false"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("doneKey", "dialogue.criterion.deactivated"));
		this.mvc.perform(get("/dialogue/manage/review-criteria/" + code).with(user("moderation").roles("MODERATION")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Wirkung")));
		assertThat(this.criteria.criterion(code).active()).isFalse();
	}

	@Test
	void theApiListsAddsAndChangesCriteriaForTheModerationOnly() throws Exception {
		this.mvc.perform(get("/api/v1/dialogue/review-criteria").with(httpBasic("moderation", "weitblick-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'COST')].labelEn").value("Cost"));
		this.mvc.perform(get("/api/v1/dialogue/review-criteria").with(httpBasic("jobcenter", "weitblick-demo")))
			.andExpect(status().isForbidden());

		String code = code();
		this.mvc
			.perform(post("/api/v1/dialogue/review-criteria").with(httpBasic("moderation", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "%s", "labelDe": "Wirkung", "labelEn": "Impact", "weight": 2, "position": 6}
						""".formatted(code)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").value(0));
		this.mvc
			.perform(post("/api/v1/dialogue/review-criteria").with(httpBasic("moderation", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "%s", "labelDe": "Wirkung", "labelEn": "Impact", "weight": 2, "position": 6}
						""".formatted(code)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("code"));
		this.mvc
			.perform(put("/api/v1/dialogue/review-criteria/" + code).with(httpBasic("moderation", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"version": 0, "labelDe": "Wirkung", "labelEn": "Impact", "weight": 5, "position": 6, "active": false}
								"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weight").value(5))
			.andExpect(jsonPath("$.active").value(false));
		this.mvc
			.perform(put("/api/v1/dialogue/review-criteria/" + code).with(httpBasic("moderation", "weitblick-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"version": 0, "labelDe": "Wirkung", "labelEn": "Impact", "weight": 5, "position": 6, "active": true}
								"""))
			.andExpect(status().isConflict());
		assertThat(this.criteria.criterion(code).active()).isFalse();
	}

	private void underReview(UUID id) {
		Contributor moderator = Contributor
			.staff(this.organisation.staffMember(IdeaPipelineTests.MODERATION).orElseThrow());
		for (IdeaStatus next : new IdeaStatus[] { IdeaStatus.PRESENTED, IdeaStatus.IN_DEVELOPMENT,
				IdeaStatus.DOCUMENTED, IdeaStatus.UNDER_REVIEW }) {
			this.pipeline.move(id, this.pages.idea(id).orElseThrow().version(), next, null, moderator);
		}
	}

	private static void assertRefused(Runnable change, String field, String messageKey) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.messageKey()).isEqualTo(messageKey);
		});
	}

	private static String code() {
		return "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
	}

}
