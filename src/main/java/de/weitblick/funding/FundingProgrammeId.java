package de.weitblick.funding;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a {@link FundingProgramme}; other modules hold a programme by this value
 * only.
 *
 * @param id never null
 */
public record FundingProgrammeId(UUID id) {

	public FundingProgrammeId {
		Objects.requireNonNull(id, "id must not be null");
	}

}
