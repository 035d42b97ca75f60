package de.weitblick.placement;

/**
 * Where a placement stands.
 */
public enum PlacementStatus {

	/** Vorgeschlagen: the employer service proposed the person for the offer. */
	PROPOSED,

	/** Vereinbart: person and employer agreed; the agreement can be printed. */
	AGREED,

	/** Begonnen: the person started with the employer. */
	STARTED,

	/** Beendet: ended, with a reason. */
	ENDED;

	/**
	 * @return whether the placement still holds a seat of its offer
	 */
	public boolean holdsSeat() {
		return this != ENDED;
	}

	public String messageKey() {
		return "placement.status." + name();
	}

}
