package de.weitblick.participant;

/**
 * Where a case stands.
 */
public enum ParticipantStatus {

	/** In Betreuung. */
	ACTIVE,

	/** Abgeschlossen: the retention period runs from the day of closing. */
	CLOSED;

	public String messageKey() {
		return "participant.status." + name();
	}

}
