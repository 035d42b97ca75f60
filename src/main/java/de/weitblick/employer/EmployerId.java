package de.weitblick.employer;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an employer; other modules hold an employer by this value only.
 *
 * @param id never null
 */
public record EmployerId(UUID id) {

	public EmployerId {
		Objects.requireNonNull(id, "id must not be null");
	}

}
