package de.weitblick.dialogue;

/**
 * How an edition of the dialogue took place.
 */
public enum DialogueFormat {

	/** Everyone in one place. */
	ON_SITE,

	/** Online only. */
	DIGITAL,

	/** On site with online participation. */
	HYBRID;

	public String messageKey() {
		return "dialogue.format." + name();
	}

}
