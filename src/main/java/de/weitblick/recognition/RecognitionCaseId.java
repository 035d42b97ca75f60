package de.weitblick.recognition;

import java.util.UUID;

/**
 * Identifies a recognition case.
 *
 * @param id must not be null
 */
public record RecognitionCaseId(UUID id) {

	public RecognitionCaseId {
		java.util.Objects.requireNonNull(id, "id");
	}

}
