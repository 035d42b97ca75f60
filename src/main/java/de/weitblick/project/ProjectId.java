package de.weitblick.project;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a {@link Project}; other modules hold a project by this value only.
 *
 * @param id never null
 */
public record ProjectId(UUID id) {

	public ProjectId {
		Objects.requireNonNull(id, "id must not be null");
	}

}
