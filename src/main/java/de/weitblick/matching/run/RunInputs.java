package de.weitblick.matching.run;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
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
	 * @param focusGroups the person's focus groups on the day of the run, for the quotas
	 */
	public record Candidate(UUID participantId, long unassignedCost, Set<FocusGroupCode> focusGroups) {

		public Candidate {
			focusGroups = Set.copyOf(focusGroups);
		}

	}

	/**
	 * A project's places in a period, or an employer's offer.
	 *
	 * @param projectId the project, or null for an offer
	 * @param placePeriodId the period of its places, or null for an offer
	 * @param offerId the offer, or null for a project's places
	 * @param kind PROJECT, or the offer's kind
	 * @param projectName the project's name, or the offer's title and employer, for the
	 * proposal list
	 * @param periodLabel the period's label, or the offer's dates, for the proposal list
	 * @param capacity free places, zero or more
	 */
	public record Place(UUID projectId, UUID placePeriodId, UUID offerId, String kind, String projectName,
			String periodLabel, int capacity) {

		/** The kind of a project's places. */
		public static final String PROJECT = "PROJECT";

		/**
		 * @return a project's places in a period
		 */
		public static Place ofProject(UUID projectId, UUID placePeriodId, String projectName, String periodLabel,
				int capacity) {
			return new Place(projectId, placePeriodId, null, PROJECT, projectName, periodLabel, capacity);
		}

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
