package de.weitblick.participant;

/**
 * A language level of the Common European Framework of Reference (CEFR), or the mother
 * tongue.
 */
public enum LanguageLevel {

	/** Anfänger. */
	A1,

	/** Grundlegende Kenntnisse. */
	A2,

	/** Fortgeschrittene Sprachverwendung. */
	B1,

	/** Selbständige Sprachverwendung. */
	B2,

	/** Fachkundige Sprachkenntnisse. */
	C1,

	/** Annähernd muttersprachlich. */
	C2,

	/** Muttersprache. */
	NATIVE;

	public String messageKey() {
		return "participant.language-level." + name();
	}

}
