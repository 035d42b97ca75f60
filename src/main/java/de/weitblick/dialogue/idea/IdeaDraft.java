package de.weitblick.dialogue.idea;

import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * A new idea as its author hands it in.
 *
 * @param editionId never null
 * @param title never blank
 * @param problem never blank
 * @param approach never blank
 * @param targetGroup may be null
 * @param partners may be null
 * @param roughCostEuros may be null
 * @param focusGroups never empty
 * @param goalIds the strategy goals it serves, never null
 */
public record IdeaDraft(UUID editionId, String title, String problem, String approach, String targetGroup,
		String partners, Long roughCostEuros, Set<FocusGroupCode> focusGroups, Set<UUID> goalIds) {

	public IdeaDraft {
		goalIds = (goalIds != null) ? Set.copyOf(goalIds) : Set.of();
	}

}
