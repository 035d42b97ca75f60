package de.weitblick.participant.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * A counselling note (Beratungsvermerk), or the trace of one its author removed.
 *
 * @param id never null
 * @param writtenAt never null
 * @param author the author's user name, never null
 * @param authorName never null
 * @param visibility never null
 * @param text never blank while the note is kept; null once it was removed
 * @param removedAt when it was removed, null while it is kept
 * @param removedBy who removed it, null while it is kept
 * @param removalReason why it was removed, null while it is kept
 */
public record CaseNote(UUID id, Instant writtenAt, String author, String authorName, NoteVisibility visibility,
		String text, Instant removedAt, String removedBy, String removalReason) {

	/**
	 * @return whether only the trace of the note is left
	 */
	public boolean isRemoved() {
		return this.removedAt != null;
	}

}
