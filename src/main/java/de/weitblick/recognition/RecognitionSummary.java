package de.weitblick.recognition;

import java.util.UUID;

/**
 * A recognition case in a list.
 *
 * @param id never null
 * @param participantId never null
 * @param personName never null
 * @param referenceOccupation never null
 * @param status never null
 * @param gaps gaps the notice named
 * @param gapsClosed of those, the ones a completed module closes
 */
public record RecognitionSummary(UUID id, UUID participantId, String personName, String referenceOccupation,
		RecognitionStatus status, int gaps, int gapsClosed) {

}
