package de.weitblick.participant;

/**
 * The gender a person states.
 */
public enum Gender {

	/** Weiblich. */
	FEMALE,

	/** Männlich. */
	MALE,

	/** Divers. */
	DIVERSE,

	/** Keine Angabe. */
	NOT_STATED;

	public String messageKey() {
		return "participant.gender." + name();
	}

}
