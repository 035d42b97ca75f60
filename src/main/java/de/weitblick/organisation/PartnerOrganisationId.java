package de.weitblick.organisation;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a {@link PartnerOrganisation}; other modules hold a partner by this value
 * only.
 *
 * @param id never null
 */
public record PartnerOrganisationId(UUID id) {

	public PartnerOrganisationId {
		Objects.requireNonNull(id, "id must not be null");
	}

}
