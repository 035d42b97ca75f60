package de.weitblick.matching;

/**
 * Why a person got no place in a matching run.
 */
public enum UnassignedReason {

	/** No place of the run is open to the person by the projects' rules. */
	NO_ELIGIBLE_PLACE,

	/** Every place open to the person has no free seat. */
	ALL_FULL,

	/** The places open to the person went to others, which serves everybody best. */
	OUTRANKED;

	/**
	 * @return the key of the reason in the message bundles
	 */
	public String messageKey() {
		return "matching.unassigned." + name();
	}

}
