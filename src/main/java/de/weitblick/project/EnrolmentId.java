package de.weitblick.project;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an {@link Enrolment}; attendance and outcomes will refer to an enrolment by
 * this value.
 *
 * @param id never null
 */
public record EnrolmentId(UUID id) {

	public EnrolmentId {
		Objects.requireNonNull(id, "id must not be null");
	}

}
