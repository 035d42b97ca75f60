package de.weitblick.employer;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an offer of an employer; other modules hold an offer by this value only.
 *
 * @param id never null
 */
public record OfferId(UUID id) {

	public OfferId {
		Objects.requireNonNull(id, "id must not be null");
	}

}
