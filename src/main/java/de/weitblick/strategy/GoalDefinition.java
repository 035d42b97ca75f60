package de.weitblick.strategy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * What the head of department states about a goal.
 *
 * @param title never blank
 * @param description may be null
 * @param plainSummary a summary in plain language (Leichte Sprache), may be null
 * @param focusGroup the focus group the goal is about, or null for everybody
 * @param indicator never null
 * @param baselineYear may be null, then so is the baseline value
 * @param baselineValue may be null
 * @param targetYear may be null, then so is the target value
 * @param targetValue may be null
 * @param projectIds the projects that serve the goal, never null
 */
public record GoalDefinition(String title, String description, String plainSummary, FocusGroupCode focusGroup,
		GoalIndicator indicator, Integer baselineYear, BigDecimal baselineValue, Integer targetYear,
		BigDecimal targetValue, Set<UUID> projectIds) {

	public GoalDefinition {
		projectIds = (projectIds != null) ? Set.copyOf(projectIds) : Set.of();
	}

}
