package de.weitblick.recognition;

/**
 * How far an internship module of a recognition plan has come.
 */
public enum ModuleStatus {

	/** Geplant: agreed with the host employer, not begun. */
	PLANNED,

	/** Läuft: the person began the module. */
	RUNNING,

	/** Abgeschlossen: every week done; the module closes its gap. */
	COMPLETED;

	public String messageKey() {
		return "recognition.module-status." + name();
	}

}
