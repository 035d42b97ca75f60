package de.weitblick.focusgroup;

/**
 * The five focus groups. One person may belong to several.
 */
public enum FocusGroupCode {

	/** Junge Menschen: under 25 (the SGB II U25 line). */
	YOUNG_PEOPLE,

	/** Menschen mit Migrationsgeschichte: by the definition in force, selectable. */
	MIGRATION_HISTORY,

	/** (Alleinerziehende) Frauen: women, flagged when they raise a minor child alone. */
	WOMEN,

	/** Langzeitarbeitslose: unemployed for one year or longer (§ 18 SGB III). */
	LONG_TERM_UNEMPLOYED,

	/** Leistungsberechtigte nach SGB XII, chapter 3 or 4. */
	SGB_XII;

	public String messageKey() {
		return "focusgroup." + name() + ".name";
	}

	public String descriptionKey() {
		return "focusgroup." + name() + ".description";
	}

}
