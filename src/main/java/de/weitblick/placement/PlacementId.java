package de.weitblick.placement;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a placement; other modules hold a placement by this value only.
 *
 * @param id never null
 */
public record PlacementId(UUID id) {

	public PlacementId {
		Objects.requireNonNull(id, "id must not be null");
	}

}
