package de.weitblick.participant;

/**
 * Where the recognition of a foreign qualification stands (BQFG and the Land's law): the
 * result is full or partial equivalence, or none.
 */
public enum RecognitionStatus {

	/** Nicht beantragt. */
	NOT_APPLIED,

	/** Im Verfahren. */
	IN_PROGRESS,

	/** Voll anerkannt (gleichwertig). */
	FULL,

	/** Teilweise anerkannt (wesentliche Unterschiede). */
	PARTIAL,

	/** Nicht anerkannt. */
	REFUSED;

	public String messageKey() {
		return "participant.recognition." + name();
	}

}
