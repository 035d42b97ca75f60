package de.weitblick.strategy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * What the projects tell the strategy: which projects there are and how many people they
 * reached. The module that holds the projects provides it; without it, goals show no
 * linked projects and no counted figures.
 */
public interface GoalFigures {

	/**
	 * @return every project a goal may be linked to, by name; never null
	 */
	List<ServingProject> projects();

	/**
	 * Counts people for a counted indicator, year by year. The counts are raw: the
	 * strategy module hides small ones before they are shown.
	 * @param indicator a counted indicator, must not be null
	 * @param projectIds the projects to count in, never null
	 * @param focusGroup only people in this focus group, or null for everybody
	 * @param fromYear the first year
	 * @param toYear the last year, not before the first
	 * @return the count by year; a year without people may be missing; never null
	 */
	Map<Integer, Integer> count(GoalIndicator indicator, Set<UUID> projectIds, FocusGroupCode focusGroup, int fromYear,
			int toYear);

	/**
	 * A project that may serve a goal.
	 *
	 * @param id the project's identifier, never null
	 * @param name never null
	 */
	record ServingProject(UUID id, String name) {

	}

}
