package de.weitblick.participant.plan.own;

/**
 * What the person changed in the own plan.
 */
public enum OwnChangeKind {

	/** Eigene Worte zu einem Ziel geschrieben oder geändert. */
	OWN_WORDS,

	/** Einen eigenen Schritt erledigt. */
	STEP_DONE,

	/** Dem Plan zugestimmt. */
	AGREED;

	public String messageKey() {
		return "participant.portal.plan.change." + name();
	}

}
