package de.weitblick.participant;

/**
 * Driving licence classes (Fahrerlaubnisklassen, § 6 FeV) that matter for work.
 */
public enum DrivingLicenceClass {

	/** Kleinkrafträder und Mopeds. */
	AM,

	/** Krafträder. */
	A,

	/** Pkw. */
	B,

	/** Pkw mit Anhänger. */
	BE,

	/** Leichte Lkw bis 7,5 t. */
	C1,

	/** Lkw. */
	C,

	/** Lkw mit Anhänger. */
	CE,

	/** Kraftomnibusse. */
	D,

	/** Land- und forstwirtschaftliche Zugmaschinen bis 40 km/h. */
	L,

	/** Land- und forstwirtschaftliche Zugmaschinen bis 60 km/h. */
	T;

	public String messageKey() {
		return "participant.licence." + name();
	}

}
