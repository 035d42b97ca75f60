package de.weitblick.recognition;

/**
 * Where a recognition case stands.
 */
public enum RecognitionStatus {

	/** In Anerkennung: the notice named gaps that the modules are closing. */
	IN_PROGRESS,

	/** Voll anerkannt: the competent body recognised the qualification in full. */
	RECOGNISED;

	public String messageKey() {
		return "recognition.status." + name();
	}

}
