package de.weitblick.publishing;

import java.time.Instant;
import java.util.UUID;

/**
 * A report of an accessibility barrier, as received.
 *
 * @param id never null
 * @param receivedAt never null
 * @param page the page the barrier is on, as the sender named it; may be null
 * @param message what the sender wrote, never null
 * @param contactEmail where the sender wants the answer, or null
 * @param language the language of the page the report was sent from, never null
 */
public record FeedbackReport(UUID id, Instant receivedAt, String page, String message, String contactEmail,
		String language) {

}
