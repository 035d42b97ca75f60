package de.weitblick.participant.messages;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of the thread between the responsible team and the person.
 *
 * @param id never null
 * @param fromParticipant whether the person wrote it (otherwise a counsellor)
 * @param authorName who wrote it, as shown, never null
 * @param text never null
 * @param writtenAt never null
 * @param readAt when the other side read it, or null
 */
public record Message(UUID id, boolean fromParticipant, String authorName, String text, Instant writtenAt,
		Instant readAt) {

}
