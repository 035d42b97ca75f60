package de.weitblick.dialogue.idea;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * An idea (Projektansatz) as it is stored.
 *
 * @param id never null
 * @param version optimistic-lock version
 * @param editionId the edition it was submitted to, never null
 * @param title never blank
 * @param problem never blank
 * @param approach never blank
 * @param targetGroup may be null
 * @param partners may be null
 * @param roughCostEuros may be null
 * @param focusGroups never empty
 * @param status never null
 * @param statusSince never null
 * @param submittedAt never null
 * @param authorName the name shown, never null
 * @param authorStaffId the author's account, null for the public
 * @param plainSummary the moderators' plain-language summary, may be null
 * @param decisionReasons the public reasons of the decision or withdrawal, may be null
 * @param projectId the project it became, may be null
 * @param hiddenReason why the moderators hid it, null while shown
 * @param mergedInto the idea it was merged into as a duplicate, null while its own
 */
public record Idea(UUID id, int version, UUID editionId, String title, String problem, String approach,
		String targetGroup, String partners, Long roughCostEuros, List<FocusGroupCode> focusGroups, IdeaStatus status,
		Instant statusSince, Instant submittedAt, String authorName, UUID authorStaffId, String plainSummary,
		String decisionReasons, UUID projectId, String hiddenReason, UUID mergedInto) {

	public boolean isHidden() {
		return this.hiddenReason != null;
	}

	public boolean isMerged() {
		return this.mergedInto != null;
	}

}
