package de.weitblick.dialogue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaDraft;
import de.weitblick.dialogue.idea.IdeaFilter;
import de.weitblick.dialogue.idea.IdeaSearch;
import de.weitblick.dialogue.idea.IdeaPages;
import de.weitblick.dialogue.idea.IdeaSubmission;
import de.weitblick.dialogue.idea.IdeaDiscussion;
import de.weitblick.dialogue.idea.IdeaPipeline;
import de.weitblick.dialogue.idea.IdeaReview;
import de.weitblick.dialogue.idea.IdeaModeration;
import de.weitblick.dialogue.idea.IdeaPage;
import de.weitblick.dialogue.idea.IdeaStatus;
import de.weitblick.dialogue.idea.IdeaSummary;
import de.weitblick.dialogue.idea.SimilarIdea;
import de.weitblick.dialogue.idea.StakeholderGroup;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.shared.RuleViolation;
import de.weitblick.strategy.GoalDefinition;
import de.weitblick.strategy.GoalId;
import de.weitblick.strategy.GoalIndicator;
import de.weitblick.strategy.StrategyManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ideas of the dialogue from submission to the project they become, with the rules the
 * public and the moderators meet on the way.
 */
@WeitblickIntegrationTest
class IdeaPipelineTests {

	static final UUID EDITION_2022 = UUID.fromString("019a0000-0000-7000-8000-000000006003");

	static final UUID EDITION_2021 = UUID.fromString("019a0000-0000-7000-8000-000000006002");

	static final UUID MODERATION = UUID.fromString("019a0000-0000-7000-8000-000000003006");

	static final UUID CONTROLLING = UUID.fromString("019a0000-0000-7000-8000-000000003005");

	@Autowired
	IdeaSearch search;

	@Autowired
	IdeaPages pages;

	@Autowired
	IdeaSubmission submission;

	@Autowired
	IdeaDiscussion discussion;

	@Autowired
	IdeaPipeline pipeline;

	@Autowired
	IdeaReview review;

	@Autowired
	IdeaModeration moderation;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	ProjectManagement projects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StrategyManagement strategy;

	@Test
	void anIdeaOfAMemberOfThePublicStartsItsPublicTimelineWithoutShowingTheAddress() {
		Contributor citizen = citizen("Erika");
		UUID id = this.submission.submit(draft("Lernwerkstatt im Quartier"), citizen);

		IdeaPage page = this.pages.page(id, null, false);

		assertThat(page.idea().status()).isEqualTo(IdeaStatus.SUBMITTED);
		assertThat(page.idea().authorName()).isEqualTo("Erika");
		assertThat(page.timeline()).singleElement().satisfies(step -> {
			assertThat(step.to()).isEqualTo(IdeaStatus.SUBMITTED);
			assertThat(step.takenBy()).isEqualTo("Erika");
		});
		assertThat(page.toString()).doesNotContain(citizen.email());
	}

	@Test
	void anIdeaNamesTheStrategyGoalsItServesAndNoOthers() {
		GoalId goal = this.strategy.define(
				new GoalDefinition("Weniger Langzeitarbeitslosigkeit " + UUID.randomUUID(),
						"Bis 2030 weniger Menschen lange ohne Arbeit.", null, FocusGroupCode.LONG_TERM_UNEMPLOYED,
						GoalIndicator.RECORDED_RATE, 2022, new BigDecimal("40"), 2030, new BigDecimal("30"), Set.of()),
				"controlling");
		IdeaDraft serving = new IdeaDraft(EDITION_2022, "Zielgerichtete Idee", "Problem", "Ansatz", null, null, null,
				Set.of(FocusGroupCode.LONG_TERM_UNEMPLOYED), Set.of(goal.id()));

		UUID id = this.submission.submit(serving, citizen("Zielbewusst"));

		assertThat(this.pages.page(id, null, false).goals()).containsOnlyKeys(goal.id());
		IdeaDraft unknown = new IdeaDraft(EDITION_2022, "Ziellose Idee", "Problem", "Ansatz", null, null, null,
				Set.of(FocusGroupCode.LONG_TERM_UNEMPLOYED), Set.of(UUID.randomUUID()));
		assertThatThrownBy(() -> this.submission.submit(unknown, citizen("Ziellos")))
			.hasMessageContaining("dialogue.rule.unknown-goal");
	}

	@Test
	void anEditionClosedForSubmissionsRefusesIdeasAndStoresNothing() {
		int before = count();
		IdeaDraft closed = new IdeaDraft(EDITION_2021, "Späte Idee", "Problem", "Ansatz", null, null, null,
				Set.of(FocusGroupCode.WOMEN), Set.of());

		assertThatThrownBy(() -> this.submission.submit(closed, citizen("Spät"))).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("dialogue.rule.edition-closed");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void emptyOrOversizedTextsAndMissingFocusGroupsAreRefused() {
		int before = count();
		assertThatThrownBy(() -> this.submission.submit(draft("  "), citizen(""))).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("dialogue.rule.text-required (title)");
		assertThatThrownBy(() -> this.submission.submit(draft("x".repeat(201)), citizen("")))
			.hasMessageContaining("dialogue.rule.text-too-long (title)");
		IdeaDraft noGroup = new IdeaDraft(EDITION_2022, "Ohne Gruppe", "Problem", "Ansatz", null, null, null, Set.of(),
				Set.of());
		assertThatThrownBy(() -> this.submission.submit(noGroup, citizen("")))
			.hasMessageContaining("dialogue.rule.focus-group-required");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aPersonSubmitsAtMostThreeIdeasADay() {
		Contributor citizen = citizen("Fleißig");
		for (int i = 0; i < 3; i++) {
			this.submission.submit(draft("Idee " + i), citizen);
		}
		assertThatThrownBy(() -> this.submission.submit(draft("Idee 4"), citizen))
			.hasMessageContaining("dialogue.rule.too-many-ideas");
	}

	@Test
	void similarIdeasAreFoundByTheirGermanWordStems() {
		var similar = this.search.similar("Langzeitarbeitslosen aufsuchend helfen");

		assertThat(similar).extracting(SimilarIdea::title)
			.contains("Aufsuchende Arbeit für langzeitarbeitslose Menschen");
		assertThat(this.search.similar("ab")).isEmpty();
		assertThat(this.search.similar("'); DROP TABLE dialogue_idea; -- & | !")).isNotNull();
	}

	@Test
	void theListIsFilteredByEditionStatusFocusGroupAndWords() {
		var list = this.search.ideas(
				new IdeaFilter(EDITION_2022, IdeaStatus.UNDER_REVIEW, FocusGroupCode.WOMEN, "Gesundheitswesen"), false,
				50);

		assertThat(list).extracting(IdeaSummary::title)
			.containsExactly("Digitale Qualifizierung für Beschäftigte im Gesundheitswesen");
	}

	@Test
	void everyPersonSupportsOnceAndMayWithdrawUntilTheReviewStarts() {
		UUID id = this.submission.submit(draft("Unterstützte Idee"), citizen("Autorin"));
		Contributor supporter = citizen("Unterstützer");
		StaffMember moderator = staff(MODERATION);

		this.discussion.support(id, StakeholderGroup.BUSINESS, supporter);
		assertThatThrownBy(() -> this.discussion.support(id, StakeholderGroup.BUSINESS, supporter))
			.hasMessageContaining("dialogue.rule.supported-already");
		this.discussion.support(id, StakeholderGroup.ADMINISTRATION, Contributor.staff(moderator));

		IdeaPage page = this.pages.page(id, supporter, false);
		assertThat(page.supportTotal()).isEqualTo(2);
		assertThat(page.supports()).containsEntry(StakeholderGroup.PUBLIC, 1)
			.containsEntry(StakeholderGroup.ADMINISTRATION, 1)
			.containsEntry(StakeholderGroup.BUSINESS, 0);
		assertThat(page.supportedByViewer()).isTrue();

		this.discussion.withdrawSupport(id, supporter);
		this.discussion.support(id, null, supporter);
		moveTo(id, IdeaStatus.UNDER_REVIEW);
		assertThatThrownBy(() -> this.discussion.withdrawSupport(id, supporter))
			.hasMessageContaining("dialogue.rule.supports-closed");
		assertThat(this.pages.page(id, null, false).supportTotal()).isEqualTo(2);
	}

	@Test
	void stepsOutOfOrderOrWithoutReasonsOrFromAStaleVersionAreRefused() {
		UUID id = this.submission.submit(draft("Geordnete Idee"), citizen("Ordnung"));
		Contributor moderator = Contributor.staff(staff(MODERATION));

		assertThatThrownBy(() -> this.pipeline.move(id, 0, IdeaStatus.APPROVED, "gut", moderator))
			.hasMessageContaining("dialogue.rule.out-of-order");
		assertThatThrownBy(() -> this.pipeline.move(id, 0, IdeaStatus.WITHDRAWN, " ", moderator))
			.hasMessageContaining("dialogue.rule.text-required");
		this.pipeline.move(id, 0, IdeaStatus.PRESENTED, null, moderator);
		assertThatThrownBy(() -> this.pipeline.move(id, 0, IdeaStatus.IN_DEVELOPMENT, null, moderator))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.pages.page(id, null, false).timeline()).hasSize(2);
	}

	@Test
	void onlyModeratorsMoveIdeasWhileAuthorsMayWithdrawTheirOwnBeforeTheReview() {
		Contributor author = citizen("Autor");
		UUID id = this.submission.submit(draft("Zurückgezogene Idee"), author);

		assertThatThrownBy(() -> this.pipeline.move(id, 0, IdeaStatus.PRESENTED, null, citizen("Fremd")))
			.hasMessageContaining("dialogue.rule.may-not-move");
		assertThatThrownBy(() -> this.pipeline.move(id, 0, IdeaStatus.PRESENTED, null, author))
			.hasMessageContaining("dialogue.rule.may-not-move");
		this.pipeline.move(id, 0, IdeaStatus.WITHDRAWN, "Geht in einem anderen Ansatz auf.", author);

		IdeaPage page = this.pages.page(id, null, false);
		assertThat(page.idea().status()).isEqualTo(IdeaStatus.WITHDRAWN);
		assertThat(page.idea().decisionReasons()).isEqualTo("Geht in einem anderen Ansatz auf.");
	}

	@Test
	void reviewersScoreIndependentlyAndTheModeratorsSeeTheWeightedResult() {
		UUID id = this.submission.submit(draft("Geprüfte Idee"), citizen("Prüfling"));
		moveTo(id, IdeaStatus.UNDER_REVIEW);
		Contributor moderator = Contributor.staff(staff(MODERATION));
		Contributor head = Contributor.staff(staff(CONTROLLING));

		this.review.score(id, Map.of("STRATEGY_FIT", 5, "FEASIBILITY", 2), moderator);
		this.review.score(id, Map.of("STRATEGY_FIT", 3, "FEASIBILITY", 4), head);
		assertThatThrownBy(() -> this.review.score(id, Map.of("COST", 6), head))
			.hasMessageContaining("dialogue.rule.score-range");
		assertThatThrownBy(() -> this.review.score(id, Map.of("COST", 3), citizen("Bürger")))
			.hasMessageContaining("dialogue.rule.may-not-review");

		IdeaPage.Review review = this.pages.page(id, moderator, true).review();
		assertThat(review.reviewers()).hasSize(2);
		assertThat(review.criteria()).filteredOn(c -> c.code().equals("STRATEGY_FIT"))
			.singleElement()
			.satisfies(c -> assertThat(c.mean()).isEqualTo(4.0));
		// Strategy fit weighs 2, feasibility 1: (4 * 2 + 3 * 1) / 3.
		assertThat(review.weightedMean()).isCloseTo(11.0 / 3, org.assertj.core.data.Offset.offset(0.001));
		assertThat(review.viewerScores()).containsEntry("STRATEGY_FIT", 5);
		assertThat(this.pages.page(id, null, false).review()).isNull();
	}

	@Test
	void anApprovedIdeaBecomesAPlannedProjectLinkedBothWays() {
		UUID id = this.submission.submit(draft("Umgesetzte Idee"), citizen("Umsetzerin"));
		moveTo(id, IdeaStatus.UNDER_REVIEW);
		int version = this.pages.idea(id).orElseThrow().version();
		this.pipeline.move(id, version, IdeaStatus.APPROVED, "Passt zur Strategie.",
				Contributor.staff(staff(MODERATION)));
		int approved = this.pages.idea(id).orElseThrow().version();

		assertThatThrownBy(() -> this.pipeline.implement(id, approved, staff(MODERATION)))
			.isInstanceOf(RuleViolation.class);
		UUID projectId = this.pipeline.implement(id, approved, staff(CONTROLLING));

		IdeaPage page = this.pages.page(id, null, false);
		assertThat(page.idea().status()).isEqualTo(IdeaStatus.BEING_IMPLEMENTED);
		assertThat(page.project().projectId()).isEqualTo(projectId);
		assertThat(page.project().name()).isEqualTo("Umgesetzte Idee");
		assertThat(this.projects.project(new ProjectId(projectId)))
			.hasValueSatisfying(project -> assertThat(project.targetFocusGroups())
				.containsExactly(FocusGroupCode.LONG_TERM_UNEMPLOYED));
		assertThat(page.timeline()).last()
			.satisfies(step -> assertThat(step.to()).isEqualTo(IdeaStatus.BEING_IMPLEMENTED));
	}

	@Test
	void reportedCommentsWaitInTheQueueUntilAModeratorHidesThemFromThePublic() {
		UUID id = this.submission.submit(draft("Diskutierte Idee"), citizen("Diskutantin"));
		UUID comment = this.discussion.comment(id, null, "<script>alert('x')</script> Unsinn", citizen("Störer"));
		UUID answer = this.discussion.comment(id, comment, "Bitte sachlich bleiben.", citizen("Antwort"));
		assertThatThrownBy(() -> this.discussion.comment(id, UUID.randomUUID(), "Wohin?", citizen("")))
			.hasMessageContaining("dialogue.rule.unknown-comment");

		this.moderation.report(id, comment, "Beleidigend");
		assertThat(this.moderation.queue().reports())
			.anySatisfy(report -> assertThat(report.commentId()).isEqualTo(comment));
		this.moderation.hide(id, comment, "Beleidigung", Contributor.staff(staff(MODERATION)));

		assertThat(this.moderation.queue().reports())
			.noneSatisfy(report -> assertThat(report.commentId()).isEqualTo(comment));
		IdeaPage.Comment shown = this.pages.page(id, null, false).comments().get(0);
		assertThat(shown.text()).isNull();
		assertThat(shown.hiddenReason()).isEqualTo("Beleidigung");
		assertThat(shown.answers()).extracting(IdeaPage.Comment::id).containsExactly(answer);
		assertThat(this.pages.page(id, null, true).comments().get(0).text()).contains("<script>");
	}

	@Test
	void commentsAreLimitedPerHour() {
		UUID id = this.submission.submit(draft("Viel diskutiert"), citizen("Start"));
		Contributor busy = citizen("Vielschreiber");
		for (int i = 0; i < 10; i++) {
			this.discussion.comment(id, null, "Beitrag " + i, busy);
		}
		assertThatThrownBy(() -> this.discussion.comment(id, null, "Noch einer", busy))
			.hasMessageContaining("dialogue.rule.too-many-comments");
	}

	private void moveTo(UUID id, IdeaStatus target) {
		Contributor moderator = Contributor.staff(staff(MODERATION));
		IdeaStatus[] path = { IdeaStatus.PRESENTED, IdeaStatus.IN_DEVELOPMENT, IdeaStatus.DOCUMENTED,
				IdeaStatus.UNDER_REVIEW };
		for (IdeaStatus next : path) {
			var idea = this.pages.idea(id).orElseThrow();
			if (idea.status() == target) {
				return;
			}
			this.pipeline.move(id, idea.version(), next, null, moderator);
		}
	}

	private StaffMember staff(UUID id) {
		return this.organisation.staffMember(id).orElseThrow();
	}

	private int count() {
		return this.jdbc.sql("SELECT count(*) FROM dialogue_idea").query(Integer.class).single();
	}

	static Contributor citizen(String name) {
		return Contributor.ofPublic("person-" + UUID.randomUUID() + "@example.org", name);
	}

	static IdeaDraft draft(String title) {
		return new IdeaDraft(EDITION_2022, title, "Menschen finden keinen Zugang.", "Wir gehen auf sie zu.", null, null,
				1000L, Set.of(FocusGroupCode.LONG_TERM_UNEMPLOYED), Set.of());
	}

}
