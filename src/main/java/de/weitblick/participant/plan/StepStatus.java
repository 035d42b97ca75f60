package de.weitblick.participant.plan;

/**
 * Where a step of the support plan stands.
 */
public enum StepStatus {

	/** Offen. */
	OPEN,

	/** Erledigt. */
	DONE,

	/** Entfallen. */
	DROPPED;

	public String messageKey() {
		return "participant.plan.step-status." + name();
	}

}
