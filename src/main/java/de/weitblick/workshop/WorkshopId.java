package de.weitblick.workshop;

import java.util.UUID;

/**
 * Identifies a workshop (Werkstatt einer Arbeitsgelegenheit).
 *
 * @param id never null
 */
public record WorkshopId(UUID id) {

	public WorkshopId {
		java.util.Objects.requireNonNull(id, "id must not be null");
	}

}
