package de.weitblick.dialogue.idea;

import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * What a list of ideas is narrowed to; every part may be null for all.
 *
 * @param editionId the edition
 * @param status the status
 * @param focusGroup the focus group
 * @param text words of the title, problem or approach
 */
public record IdeaFilter(UUID editionId, IdeaStatus status, FocusGroupCode focusGroup, String text) {

	public static final IdeaFilter ALL = new IdeaFilter(null, null, null, null);

}
