package de.weitblick.participant.appointment;

/**
 * What became of an appointment.
 */
public enum AppointmentStatus {

	/** Geplant. */
	PLANNED,

	/** Wahrgenommen. */
	ATTENDED,

	/** Nicht erschienen: recorded, never sanctioned by this office. */
	MISSED,

	/** Abgesagt. */
	CANCELLED;

	public String messageKey() {
		return "participant.appointment.status." + name();
	}

}
