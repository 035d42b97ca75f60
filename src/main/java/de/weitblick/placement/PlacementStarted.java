package de.weitblick.placement;

import java.time.LocalDate;

import de.weitblick.employer.EmployerId;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferKind;
import de.weitblick.participant.ParticipantId;

/**
 * A participant started with an employer in one of its offers.
 *
 * @param placement never null
 * @param participant never null
 * @param employer never null
 * @param offer never null
 * @param kind never null
 * @param startedOn never null
 */
public record PlacementStarted(PlacementId placement, ParticipantId participant, EmployerId employer, OfferId offer,
		OfferKind kind, LocalDate startedOn) {

}
