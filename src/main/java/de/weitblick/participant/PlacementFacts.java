package de.weitblick.participant;

import java.util.List;
import java.util.Set;

/**
 * What a person's case file says about the places that fit them, for proposing places:
 * where they live (the district only), the occupations they would like to work in, and
 * when they can work alongside childcare. No address, no contact details.
 *
 * @param id never null
 * @param districtCode the city district, or null when the address lies outside the city
 * or is not recorded
 * @param occupationInterests KldB 2010 codes (one to three digits), never null
 * @param availability the time windows per weekday, never null; empty when not recorded
 * @param maximumCommuteMinutes the longest acceptable way to work, or null
 */
public record PlacementFacts(ParticipantId id, String districtCode, Set<String> occupationInterests,
		List<AvailabilityWindow> availability, Integer maximumCommuteMinutes) {

	public PlacementFacts {
		occupationInterests = Set.copyOf(occupationInterests);
		availability = List.copyOf(availability);
	}

}
