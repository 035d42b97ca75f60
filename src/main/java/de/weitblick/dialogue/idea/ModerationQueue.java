package de.weitblick.dialogue.idea;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What waits for the moderators: reported content and ideas that sat too long.
 *
 * @param reports open reports, the oldest first; never null
 * @param stale ideas longer in one status than allowed; never null
 * @param staleAfterDays the days allowed
 */
public record ModerationQueue(List<Report> reports, List<IdeaSummary> stale, long staleAfterDays) {

	/**
	 * @param commentId null when the idea itself is reported
	 * @param commentText null when the idea itself is reported
	 * @param hiddenReason null while the content is shown
	 */
	public record Report(UUID id, UUID ideaId, String ideaTitle, UUID commentId, String commentText, String reason,
			Instant reportedAt, String hiddenReason) {
	}

}
