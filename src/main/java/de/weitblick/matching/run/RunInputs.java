package de.weitblick.matching.run;

import java.util.List;
import java.util.UUID;

import de.weitblick.matching.Decision;

/**
 * What a run works on, as kept with it: the people, the places and every eligible pair
 * with its score parts.
 *
 * @param candidates the people, numbered by their position
 * @param places the places, numbered by their position
 * @param pairs the eligible pairs
 */
public record RunInputs(List<Candidate> candidates, List<Place> places, List<Pair> pairs) {

	/**
	 * @param participantId the person
	 * @param unassignedCost the cost of no place
	 */
	public record Candidate(UUID participantId, long unassignedCost) {
	}

	/**
	 * @param projectId the project
	 * @param placePeriodId the period of its places
	 * @param projectName for the proposal list
	 * @param periodLabel for the proposal list
	 * @param capacity free places, zero or more
	 */
	public record Place(UUID projectId, UUID placePeriodId, String projectName, String periodLabel, int capacity) {
	}

	/**
	 * @param candidate position of the person
	 * @param place position of the place
	 * @param parts the score parts in the order of
	 * {@link de.weitblick.matching.ScorePart}
	 * @param earlier the decision on this pair in the scope's previous run, or null
	 */
	public record Pair(int candidate, int place, int[] parts, Decision earlier) {
	}

}
