package de.weitblick.participant.appointment;

/**
 * How a meeting with a participant takes place.
 */
public enum AppointmentKind {

	/** Beratung vor Ort. */
	IN_PERSON,

	/** Telefonat. */
	PHONE,

	/** Videogespräch. */
	VIDEO,

	/** Hausbesuch. */
	HOME_VISIT;

	public String messageKey() {
		return "participant.appointment.kind." + name();
	}

}
