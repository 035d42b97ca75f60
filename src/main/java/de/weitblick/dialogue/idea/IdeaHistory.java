package de.weitblick.dialogue.idea;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The versions of an idea's text, each with who wrote it and when, and what changed
 * against the version before.
 *
 * @param ideaId never null
 * @param title the idea's present title
 * @param versions the newest first, never empty
 * @param mergedFrom the duplicates merged into it, whose histories are kept with them
 * @param mergedInto the idea it was merged into, null while its own
 */
public record IdeaHistory(UUID ideaId, String title, List<Version> versions, List<IdeaPage.Merge> mergedFrom,
		IdeaPage.Merge mergedInto) {

	/**
	 * @param number from 1 for the text as handed in
	 * @param writtenAt never null
	 * @param writtenBy the name shown, empty for a member of the public without one
	 * @param note what the author said about the change, may be null
	 * @param changes the fields that changed against the version before, in the form's
	 * order; for the first version every field that has a text
	 */
	public record Version(int number, Instant writtenAt, String writtenBy, String note, List<Change> changes) {
	}

	/**
	 * @param fieldKey the message key of the field's name
	 * @param parts the text with what was removed and added
	 */
	public record Change(String fieldKey, List<TextDifference.Part> parts) {
	}

}
