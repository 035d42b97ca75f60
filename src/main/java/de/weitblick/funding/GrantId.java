package de.weitblick.funding;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a {@link Grant}; other modules hold a grant by this value only.
 *
 * @param id never null
 */
public record GrantId(UUID id) {

	public GrantId {
		Objects.requireNonNull(id, "id must not be null");
	}

}
