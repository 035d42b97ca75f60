package de.weitblick.dialogue.idea;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.dialogue.DialogueFormat;
import de.weitblick.dialogue.edition.EditionPlanning;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.shared.RuleViolation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ideas as their authors develop them further: versions kept with author and date and
 * their differences, co-authors invited and accepting, duplicates merged without losing
 * anything, and the daily digest for those who chose it.
 */
@WeitblickIntegrationTest
class IdeaDevelopmentTests {

	static final UUID EDITION_2022 = UUID.fromString("019a0000-0000-7000-8000-000000006003");

	static final UUID MODERATION = UUID.fromString("019a0000-0000-7000-8000-000000003006");

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
	IdeaDevelopment development;

	@Autowired
	IdeaCoAuthors coAuthors;

	@Autowired
	IdeaNewsChoice newsChoice;

	@Autowired
	IdeaMerging merging;

	@Autowired
	IdeaDigest digest;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	EditionPlanning planning;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAuthorWritesANewVersionAndTheHistoryShowsWhoChangedWhatAndWhen() {
		Contributor author = citizen("Erika");
		UUID id = this.submission.submit(draft("Lernwerkstatt im Quartier"), author);
		Idea idea = this.pages.idea(id).orElseThrow();

		int number = this.development.revise(id, idea.version(),
				new IdeaRevision("Lernwerkstatt im Quartier", "Menschen finden keinen Zugang zu Kursen.",
						"Wir gehen auf sie zu.", null, null, 1500L, "Kosten genauer geschätzt"),
				author);

		assertThat(number).isEqualTo(2);
		assertThat(this.pages.idea(id).orElseThrow().problem()).isEqualTo("Menschen finden keinen Zugang zu Kursen.");
		IdeaHistory history = this.development.history(id, false);
		assertThat(history.versions()).extracting(IdeaHistory.Version::number).containsExactly(2, 1);
		IdeaHistory.Version second = history.versions().get(0);
		assertThat(second.writtenBy()).isEqualTo("Erika");
		assertThat(second.note()).isEqualTo("Kosten genauer geschätzt");
		assertThat(second.changes()).extracting(IdeaHistory.Change::fieldKey)
			.containsExactly("dialogue.idea.problem", "dialogue.idea.rough-cost");
		assertThat(second.changes().get(0).parts()).containsExactly(
				new TextDifference.Part(TextDifference.Kind.KEPT, "Menschen finden keinen"),
				new TextDifference.Part(TextDifference.Kind.REMOVED, " Zugang."),
				new TextDifference.Part(TextDifference.Kind.ADDED, " Zugang zu Kursen."));
		assertThat(this.pages.page(id, null, false).development().versions()).isEqualTo(2);
	}

	@Test
	void aStrangerAnUnchangedTextAStaleVersionAndAnIdeaUnderReviewAreRefusedAndNothingChanges() {
		Contributor author = citizen("Erika");
		UUID id = this.submission.submit(draft("Sprachcafé für Eltern"), author);
		int version = this.pages.idea(id).orElseThrow().version();
		IdeaRevision changed = new IdeaRevision("Sprachcafé für Eltern und Kinder", "Menschen finden keinen Zugang.",
				"Wir gehen auf sie zu.", null, null, 1000L, null);

		assertThatThrownBy(() -> this.development.revise(id, version, changed, citizen("Fremd")))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("dialogue.rule.authors-only");
		assertThatThrownBy(
				() -> this.development.revise(id, version, IdeaRevision.of(this.pages.idea(id).orElseThrow()), author))
			.hasMessageContaining("dialogue.rule.version-unchanged");
		assertThatThrownBy(() -> this.development.revise(id, version - 1, changed, author))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Contributor moderator = Contributor.staff(this.organisation.staffMember(MODERATION).orElseThrow());
		for (IdeaStatus next : new IdeaStatus[] { IdeaStatus.PRESENTED, IdeaStatus.IN_DEVELOPMENT,
				IdeaStatus.DOCUMENTED, IdeaStatus.UNDER_REVIEW }) {
			this.pipeline.move(id, this.pages.idea(id).orElseThrow().version(), next, null, moderator);
		}
		int underReview = this.pages.idea(id).orElseThrow().version();
		assertThatThrownBy(() -> this.development.revise(id, underReview, changed, author))
			.hasMessageContaining("dialogue.rule.revisions-closed");

		assertThat(this.pages.idea(id).orElseThrow().title()).isEqualTo("Sprachcafé für Eltern");
		assertThat(this.development.history(id, false).versions()).hasSize(1);
	}

	@Test
	void anInvitedCoAuthorAcceptsIsShownAndMayThenWriteAVersion() {
		Contributor author = citizen("Erika");
		UUID id = this.submission.submit(draft("Werkstatt für Reparaturen"), author);
		Contributor coAuthor = citizen("Jonas");
		IdeaRevision changed = new IdeaRevision("Werkstatt für Reparaturen im Quartier",
				"Menschen finden keinen Zugang.", "Wir gehen auf sie zu.", null, "Repair-Café", 1000L, null);
		assertThatThrownBy(
				() -> this.development.revise(id, this.pages.idea(id).orElseThrow().version(), changed, coAuthor))
			.hasMessageContaining("dialogue.rule.authors-only");

		this.coAuthors.invite(id, coAuthor.email(), author);
		assertThatThrownBy(() -> this.coAuthors.invite(id, coAuthor.email(), author))
			.hasMessageContaining("dialogue.rule.co-author-invited-already");
		assertThat(this.pages.page(id, coAuthor, false).development().viewerInvited()).isTrue();
		assertThatThrownBy(() -> this.coAuthors.accept(id, citizen("Niemand")))
			.hasMessageContaining("dialogue.rule.not-invited");
		this.coAuthors.accept(id, coAuthor);
		this.development.revise(id, this.pages.idea(id).orElseThrow().version(), changed, coAuthor);

		IdeaPage page = this.pages.page(id, coAuthor, false);
		assertThat(page.development().coAuthors()).singleElement().satisfies(shown -> {
			assertThat(shown.name()).isEqualTo("Jonas");
			assertThat(shown.accepted()).isTrue();
		});
		assertThat(page.idea().partners()).isEqualTo("Repair-Café");
		assertThat(this.development.history(id, false).versions().get(0).writtenBy()).isEqualTo("Jonas");
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipients = :to AND subject LIKE '%Einladung%'")
					.param("to", coAuthor.email())
					.query(Integer.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void mergingADuplicateMovesCommentsSupportsAndAuthorsAndCountsAPersonWhoSupportedBothOnce() {
		Contributor first = citizen("Anna");
		Contributor second = citizen("Ben");
		UUID original = this.submission.submit(draft("Jobcoaching für Alleinerziehende"), first);
		UUID duplicate = this.submission.submit(draft("Coaching für alleinerziehende Eltern"), second);
		Contributor both = citizen("Clara");
		Contributor onlyDuplicate = citizen("Dario");
		this.discussion.support(original, null, both);
		this.discussion.support(duplicate, null, both);
		this.discussion.support(duplicate, null, onlyDuplicate);
		UUID comment = this.discussion.comment(duplicate, null, "Gute Idee, bitte mit Kinderbetreuung.", onlyDuplicate);
		this.discussion.comment(duplicate, comment, "Ja, unbedingt.", both);
		Contributor moderator = Contributor.staff(this.organisation.staffMember(MODERATION).orElseThrow());

		assertThatThrownBy(() -> this.merging.merge(duplicate, this.pages.idea(duplicate).orElseThrow().version(),
				duplicate, moderator))
			.hasMessageContaining("dialogue.rule.merge-itself");
		assertThatThrownBy(() -> this.merging.merge(duplicate, this.pages.idea(duplicate).orElseThrow().version(),
				original, first))
			.hasMessageContaining("dialogue.rule.moderators-only");
		IdeaMerging.Merged merged = this.merging.merge(duplicate, this.pages.idea(duplicate).orElseThrow().version(),
				original, moderator);

		assertThat(merged).isEqualTo(new IdeaMerging.Merged(2, 1, 1, 1));
		IdeaPage kept = this.pages.page(original, null, false);
		assertThat(kept.supportTotal()).isEqualTo(2);
		assertThat(kept.comments()).singleElement().satisfies(thread -> {
			assertThat(thread.text()).isEqualTo("Gute Idee, bitte mit Kinderbetreuung.");
			assertThat(thread.answers()).extracting(IdeaPage.Comment::text).containsExactly("Ja, unbedingt.");
		});
		assertThat(kept.development().coAuthors()).extracting(IdeaPage.CoAuthor::name).containsExactly("Ben");
		assertThat(kept.development().mergedFrom()).extracting(IdeaPage.Merge::ideaId).containsExactly(duplicate);
		IdeaPage gone = this.pages.page(duplicate, null, false);
		assertThat(gone.development().mergedInto().ideaId()).isEqualTo(original);
		assertThat(gone.timeline()).isNotEmpty();
		assertThat(this.development.history(duplicate, false).versions()).hasSize(1);
		assertThat(this.search.ideas(new IdeaFilter(EDITION_2022, null, null, null), false, 10_000))
			.extracting(IdeaSummary::id)
			.contains(original)
			.doesNotContain(duplicate);
		assertThatThrownBy(() -> this.discussion.support(duplicate, null, citizen("Spät")))
			.hasMessageContaining("dialogue.rule.merged");
		assertThat(this.pages.isAuthor(this.pages.idea(original).orElseThrow(), second)).isTrue();
	}

	@Test
	void aDuplicateOfALaterEditionGoesIntoTheOlderIdeaWithItsSupportsAndCommentsAndAStepOnBothTimelines() {
		Contributor moderator = Contributor.staff(this.organisation.staffMember(MODERATION).orElseThrow());
		String earlierTitle = "Arbeitsmarktdialog " + UUID.randomUUID();
		UUID earlier = this.planning.create(earlierTitle, LocalDate.of(2099, 6, 1), DialogueFormat.DIGITAL, null, null);
		String laterTitle = "Arbeitsmarktdialog " + UUID.randomUUID();
		UUID later = this.planning.create(laterTitle, LocalDate.of(2100, 6, 1), DialogueFormat.DIGITAL, null, null);
		this.submission.changeCall(earlier, true, true, moderator);
		this.submission.changeCall(later, true, true, moderator);
		UUID original = this.submission
			.submit(new IdeaDraft(earlier, "Werkstatt für digitale Grundbildung", "Menschen finden keinen Zugang.",
					"Wir gehen auf sie zu.", null, null, null, Set.of(FocusGroupCode.LONG_TERM_UNEMPLOYED), Set.of()),
					citizen("Anna"));
		UUID duplicate = this.submission
			.submit(new IdeaDraft(later, "Digitale Grundbildung in der Werkstatt", "Menschen finden keinen Zugang.",
					"Wir gehen auf sie zu.", null, null, null, Set.of(FocusGroupCode.LONG_TERM_UNEMPLOYED), Set.of()),
					citizen("Ben"));
		Contributor both = citizen("Clara");
		this.discussion.support(original, null, both);
		this.discussion.support(duplicate, null, both);
		this.discussion.support(duplicate, null, citizen("Dario"));
		this.discussion.comment(duplicate, null, "Bitte auch am Abend anbieten.", both);

		// The older idea goes on: it is offered for the duplicate, never the other way
		// round.
		assertThat(this.pages.page(duplicate, moderator, true).development().mergeCandidates()).containsKey(original)
			.containsEntry(original, "Werkstatt für digitale Grundbildung (" + earlierTitle + ")");
		assertThat(this.pages.page(original, moderator, true).development().mergeCandidates())
			.doesNotContainKey(duplicate);
		int originalVersion = this.pages.idea(original).orElseThrow().version();
		assertThatThrownBy(() -> this.merging.merge(original, originalVersion, duplicate, moderator))
			.hasMessageContaining("dialogue.rule.merge-into-older-edition");
		assertThat(this.pages.idea(original).orElseThrow().isMerged()).isFalse();

		IdeaMerging.Merged merged = this.merging.merge(duplicate, this.pages.idea(duplicate).orElseThrow().version(),
				original, moderator);

		assertThat(merged).isEqualTo(new IdeaMerging.Merged(1, 1, 1, 1));
		IdeaPage kept = this.pages.page(original, null, false);
		assertThat(kept.supportTotal()).isEqualTo(2);
		assertThat(kept.comments()).extracting(IdeaPage.Comment::text).containsExactly("Bitte auch am Abend anbieten.");
		assertThat(kept.development().mergedFrom()).singleElement()
			.satisfies(merge -> assertThat(merge.editionTitle()).isEqualTo(laterTitle));
		IdeaPage.Step arrived = kept.timeline().get(kept.timeline().size() - 1);
		assertThat(arrived.merge())
			.isEqualTo(new IdeaPage.MergeStep(duplicate, "Digitale Grundbildung in der Werkstatt", laterTitle, false));
		assertThat(arrived.to()).isEqualTo(IdeaStatus.SUBMITTED);
		assertThat(arrived.takenBy()).isEqualTo(moderator.name());
		IdeaPage gone = this.pages.page(duplicate, null, false);
		assertThat(gone.timeline().get(gone.timeline().size() - 1).merge())
			.isEqualTo(new IdeaPage.MergeStep(original, "Werkstatt für digitale Grundbildung", earlierTitle, true));
		assertThat(this.development.history(duplicate, false).versions()).hasSize(1);
		assertThat(this.search.ideas(new IdeaFilter(later, null, null, null), false, 100)).isEmpty();
	}

	@Test
	void whoChoseTheDailyDigestGetsTheStepsOfTheDayInOneMailInsteadOfOneEach() {
		Contributor author = citizen("Greta");
		UUID id = this.submission.submit(draft("Mentoring für Berufseinsteiger"), author);
		Contributor other = citizen("Hugo");
		this.newsChoice.choose(author, true);
		this.newsChoice.choose(other, false);
		String recipient = "mail:" + author.email();

		// The news of each step is kept for the digest of those who chose it; the others
		// are told at once.
		assertThat(this.digest.collect(recipient,
				new IdeaMoved(id, "Mentoring für Berufseinsteiger", IdeaStatus.SUBMITTED, IdeaStatus.PRESENTED)))
			.isTrue();
		assertThat(this.digest.collect(recipient,
				new IdeaMoved(id, "Mentoring für Berufseinsteiger", IdeaStatus.PRESENTED, IdeaStatus.IN_DEVELOPMENT)))
			.isTrue();
		assertThat(this.digest.collect("mail:" + other.email(),
				new IdeaMoved(id, "Mentoring für Berufseinsteiger", IdeaStatus.PRESENTED, IdeaStatus.IN_DEVELOPMENT)))
			.isFalse();
		assertThat(mailsTo(author.email())).isZero();

		this.digest.sendDue();

		assertThat(mailsTo(author.email())).isEqualTo(1);
		String body = this.jdbc.sql("SELECT body FROM mail_outbox WHERE recipients = :to")
			.param("to", author.email())
			.query(String.class)
			.single();
		assertThat(body).contains("„Mentoring für Berufseinsteiger“ ist jetzt: vorgestellt")
			.contains("„Mentoring für Berufseinsteiger“ ist jetzt: in Weiterentwicklung");
		this.digest.sendDue();
		assertThat(mailsTo(author.email())).isEqualTo(1);
	}

	private int mailsTo(String address) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipients = :to")
			.param("to", address)
			.query(Integer.class)
			.single();
	}

	static Contributor citizen(String name) {
		return Contributor.ofPublic("person-" + UUID.randomUUID() + "@example.org", name);
	}

	static IdeaDraft draft(String title) {
		return new IdeaDraft(EDITION_2022, title, "Menschen finden keinen Zugang.", "Wir gehen auf sie zu.", null, null,
				1000L, Set.of(FocusGroupCode.LONG_TERM_UNEMPLOYED), Set.of());
	}

}
