package de.weitblick.placement;

import java.util.List;
import java.util.UUID;

import de.weitblick.employer.Offer;
import de.weitblick.participant.PersonFound;

/**
 * An employer's placements and engagement page in one read.
 *
 * @param employerId never null
 * @param employerName never null
 * @param engagement never null
 * @param placements the employer's placements with names, empty for readers who do not
 * work with placements
 * @param openOffers the offers a person may still be proposed for, empty for readers who
 * do not work with placements
 * @param people the people of the reader's unit found to propose, empty without a search
 * and for readers who do not work with placements
 * @param mayPlace whether the reader works with placements
 */
public record EngagementPage(UUID employerId, String employerName, EngagementRecord engagement,
		List<Placement> placements, List<Offer> openOffers, List<PersonFound> people, boolean mayPlace) {

	public EngagementPage {
		placements = List.copyOf(placements);
		openOffers = List.copyOf(openOffers);
		people = List.copyOf(people);
	}

}
