package de.weitblick.participant.journal;

/**
 * Who may read a counselling note besides its author.
 */
public enum NoteVisibility {

	/** Das Team: every counsellor of the responsible team. */
	TEAM,

	/** Nur ich: the author alone, for what the team does not need to know. */
	AUTHOR_ONLY,

	/** Auch für die Person: written so that the participant may read it. */
	SHARED_WITH_PARTICIPANT;

	public String messageKey() {
		return "participant.note.visibility." + name();
	}

}
