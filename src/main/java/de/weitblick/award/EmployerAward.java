package de.weitblick.award;

import java.util.UUID;

/**
 * An employer's nomination in one round, as the employer itself may see it: no juror's
 * score and nobody's name.
 *
 * @param roundId never null
 * @param year the year of the award
 * @param roundTitle never null
 * @param status the round's status, never null
 * @param source never null
 * @param winner whether it won; false until the round is announced
 * @param citation the citation once announced, otherwise null
 */
public record EmployerAward(UUID roundId, int year, String roundTitle, RoundStatus status, NominationSource source,
		boolean winner, String citation) {

}
