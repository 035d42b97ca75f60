package de.weitblick.employer;

/**
 * What an employer offers.
 */
public enum OfferKind {

	/** A job subject to social insurance. */
	JOB,

	/** An apprenticeship place in the dual system. */
	APPRENTICESHIP,

	/** An internship. */
	INTERNSHIP,

	/**
	 * An internship module for recognition: an occupation, a competence area and weeks.
	 */
	INTERNSHIP_MODULE,

	/** A "Handwerk live" taster slot for pupils: a trade on a date with seats. */
	TASTER_SLOT;

	/**
	 * @return whether a placement into it is a hire whose durability is followed up
	 */
	public boolean isHire() {
		return this == JOB || this == APPRENTICESHIP;
	}

	public String messageKey() {
		return "employer.offer.kind." + name();
	}

}
