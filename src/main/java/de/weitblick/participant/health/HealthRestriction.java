package de.weitblick.participant.health;

/**
 * A health restriction that matters for work and support, named by what the person cannot
 * do, never by a diagnosis (data minimisation).
 */
public enum HealthRestriction {

	/** Kein schweres Heben und Tragen. */
	NO_HEAVY_LIFTING,

	/** Kein langes Stehen. */
	NO_PROLONGED_STANDING,

	/** Keine Schicht- oder Nachtarbeit. */
	NO_SHIFT_WORK,

	/** Keine Arbeit im Freien oder bei Nässe und Kälte. */
	NO_OUTDOOR_WORK,

	/** Kein Publikumsverkehr unter Zeitdruck. */
	NO_HIGH_PRESSURE_CUSTOMER_CONTACT,

	/** Eingeschränktes Sehen oder Hören. */
	IMPAIRED_SIGHT_OR_HEARING,

	/** Eingeschränkte Belastbarkeit, Pausen nötig. */
	NEEDS_BREAKS,

	/** Schwerbehinderung oder Gleichstellung anerkannt. */
	RECOGNISED_SEVERE_DISABILITY;

	public String messageKey() {
		return "participant.health.restriction." + name();
	}

}
