package de.weitblick.participant.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * A counselling note (Beratungsvermerk).
 *
 * @param id never null
 * @param writtenAt never null
 * @param author the author's user name, never null
 * @param authorName never null
 * @param visibility never null
 * @param text never blank
 */
public record CaseNote(UUID id, Instant writtenAt, String author, String authorName, NoteVisibility visibility,
		String text) {

}
