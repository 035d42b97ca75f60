package de.weitblick.organisation;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an {@link OrganisationalUnit}; other modules hold a unit by this value only.
 *
 * @param id never null
 */
public record OrganisationalUnitId(UUID id) {

	public OrganisationalUnitId {
		Objects.requireNonNull(id, "id must not be null");
	}

}
