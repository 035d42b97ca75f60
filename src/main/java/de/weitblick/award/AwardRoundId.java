package de.weitblick.award;

import java.util.UUID;

/**
 * Identifies an award round.
 *
 * @param id must not be null
 */
public record AwardRoundId(UUID id) {

	public AwardRoundId {
		java.util.Objects.requireNonNull(id, "id");
	}

}
