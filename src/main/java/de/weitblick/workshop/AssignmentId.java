package de.weitblick.workshop;

import java.util.UUID;

/**
 * Identifies an assignment (Zuweisung) of a person to a workshop.
 *
 * @param id never null
 */
public record AssignmentId(UUID id) {

	public AssignmentId {
		java.util.Objects.requireNonNull(id, "id must not be null");
	}

}
