package de.weitblick.placement;

/**
 * Why a placement ended.
 */
public enum EndReason {

	/** The internship, module or taster slot was completed as planned. */
	COMPLETED,

	/** The person was hired, after an internship for example. */
	HIRED,

	/** The employer ended it. */
	ENDED_BY_EMPLOYER,

	/** The person ended it. */
	ENDED_BY_PARTICIPANT,

	/** It never started: one side withdrew before. */
	NOT_STARTED,

	/** Another reason. */
	OTHER;

	public String messageKey() {
		return "placement.end-reason." + name();
	}

}
