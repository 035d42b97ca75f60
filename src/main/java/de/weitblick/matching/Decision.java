package de.weitblick.matching;

/**
 * What a counsellor decided about a proposal.
 */
public enum Decision {

	/** Not decided yet. */
	OPEN,

	/** Accepted: the person is referred to the project. */
	ACCEPTED,

	/** Rejected: a later run does not propose this place to the person again. */
	REJECTED,

	/** Locked: a later run keeps this proposal as it is. */
	LOCKED;

	/**
	 * @return the key of the decision in the message bundles
	 */
	public String messageKey() {
		return "matching.decision." + name();
	}

}
