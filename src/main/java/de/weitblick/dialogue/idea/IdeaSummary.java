package de.weitblick.dialogue.idea;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * One idea in a list.
 *
 * @param id never null
 * @param title never null
 * @param editionTitle never null
 * @param status never null
 * @param statusSince never null
 * @param focusGroups never null
 * @param supports the number of supports
 * @param comments the number of comments shown
 * @param stale whether it sat in its status longer than the moderators allow
 * @param hidden whether the moderators hid it
 */
public record IdeaSummary(UUID id, String title, String editionTitle, IdeaStatus status, Instant statusSince,
		List<FocusGroupCode> focusGroups, int supports, int comments, boolean stale, boolean hidden) {

}
