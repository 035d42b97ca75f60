package de.weitblick.placement;

import java.time.LocalDate;

import de.weitblick.employer.EmployerId;
import de.weitblick.participant.ParticipantId;

/**
 * A placement ended.
 *
 * @param placement never null
 * @param participant never null
 * @param employer never null
 * @param endedOn never null
 * @param reason never null
 */
public record PlacementEnded(PlacementId placement, ParticipantId participant, EmployerId employer, LocalDate endedOn,
		EndReason reason) {

}
