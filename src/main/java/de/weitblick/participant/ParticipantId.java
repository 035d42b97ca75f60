package de.weitblick.participant;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a {@link Participant}; other modules hold a participant by this value only.
 *
 * @param id never null
 */
public record ParticipantId(UUID id) {

	public ParticipantId {
		Objects.requireNonNull(id, "id must not be null");
	}

}
