package de.weitblick.dialogue.idea;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the page of one idea shows, for the public or the moderators.
 *
 * @param idea never null
 * @param editionTitle never null
 * @param timeline the steps, oldest first, never null
 * @param comments the threads, oldest first; hidden ones only for moderators
 * @param supports per stakeholder group, every group present
 * @param supportTotal all supports
 * @param supportedByViewer whether the viewer supports it
 * @param nextSteps the steps the viewer may take, never null
 * @param review the combined review, null unless the viewer moderates or reviews
 * @param project the project it became, null while none
 * @param mayImplement whether the viewer may set up its project now
 * @param goals the strategy goals it serves, title by identifier
 * @param development its co-authors, versions and merges, never null
 * @param figures the results of the project it became, null while none
 */
public record IdeaPage(Idea idea, String editionTitle, List<Step> timeline, List<Comment> comments,
		Map<StakeholderGroup, Integer> supports, int supportTotal, boolean supportedByViewer, Set<IdeaStatus> nextSteps,
		Review review, ProjectLink project, boolean mayImplement, Map<UUID, String> goals, Development development,
		de.weitblick.project.PublicProjectFigures.Figures figures) {

	/**
	 * @param from null for the submission
	 * @param reasons may be null
	 * @param merge the other idea when the step is a merge (the status stays), else null
	 */
	public record Step(IdeaStatus from, IdeaStatus to, Instant takenAt, String takenBy, String reasons,
			MergeStep merge) {
	}

	/**
	 * The other idea of a merge on the timeline.
	 *
	 * @param ideaId the other idea
	 * @param title its title
	 * @param editionTitle the edition it was submitted to
	 * @param into whether this idea went into the other one (else the other came here)
	 */
	public record MergeStep(UUID ideaId, String title, String editionTitle, boolean into) {
	}

	/**
	 * A comment with its answers.
	 *
	 * @param hiddenReason null while shown
	 */
	public record Comment(UUID id, String authorName, String text, Instant writtenAt, String hiddenReason,
			List<Comment> answers) {

		public boolean isHidden() {
			return this.hiddenReason != null;
		}

	}

	/**
	 * The reviewers' scores combined.
	 *
	 * @param criteria the active criteria with their weight and mean score, in order
	 * @param reviewers the names of those who scored
	 * @param weightedMean the weighted mean over the criteria scored, null before any
	 * score
	 * @param viewerScores the viewer's own scores by criterion
	 */
	public record Review(List<CriterionResult> criteria, List<String> reviewers, Double weightedMean,
			Map<String, Integer> viewerScores) {
	}

	/**
	 * @param code the criterion, named by its labels or, while they are empty, by
	 * {@code dialogue.review.criterion.<code>}
	 * @param mean null before any score
	 * @param active false for a criterion no longer offered whose scores still count
	 */
	public record CriterionResult(String code, String labelDe, String labelEn, int weight, Double mean, int scores,
			boolean active) {

		public String messageKey() {
			return "dialogue.review.criterion." + this.code;
		}

		/**
		 * @return the label stored for the language, null when the message key names it
		 */
		public String label(String language) {
			return ReviewCriterion.label(language, this.labelDe, this.labelEn);
		}

	}

	/**
	 * The project an idea became, as far as it may be shown to everybody.
	 *
	 * @param projectId never null
	 * @param name never null
	 * @param statusKey the message key of the project's status
	 * @param startsOn may be null
	 * @param places the places planned over all periods (places are no people)
	 */
	public record ProjectLink(UUID projectId, String name, String statusKey, java.time.LocalDate startsOn, int places) {
	}

	/**
	 * How the idea was developed further.
	 *
	 * @param coAuthors the invited and accepted co-authors, never null
	 * @param versions how many versions of its text there are, at least one
	 * @param mergedInto the idea it was merged into, null while its own
	 * @param mergedFrom the duplicates merged into it, never null
	 * @param mayRevise whether the viewer may write a new version
	 * @param mayInvite whether the viewer may invite co-authors
	 * @param viewerInvited whether the viewer is invited and has not accepted yet
	 * @param dailyDigest whether the viewer takes the news once a day; null for nobody
	 * known
	 * @param mergeCandidates for moderators, the other ideas of the edition it may be
	 * merged into, title by identifier; empty for everybody else
	 */
	public record Development(List<CoAuthor> coAuthors, int versions, Merge mergedInto, List<Merge> mergedFrom,
			boolean mayRevise, boolean mayInvite, boolean viewerInvited, Boolean dailyDigest,
			Map<UUID, String> mergeCandidates) {
	}

	/**
	 * @param name the name shown
	 * @param accepted whether the invitation was accepted
	 * @param viewer whether this is the viewer
	 */
	public record CoAuthor(String name, boolean accepted, boolean viewer) {
	}

	/**
	 * One merge of a duplicate into another idea.
	 *
	 * @param ideaId the other idea
	 * @param title the other idea's title
	 * @param editionTitle the edition the other idea was submitted to
	 */
	public record Merge(UUID ideaId, String title, String editionTitle, Instant mergedAt, String mergedBy) {
	}

}
