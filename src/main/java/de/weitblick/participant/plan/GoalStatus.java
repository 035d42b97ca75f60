package de.weitblick.participant.plan;

/**
 * Where a goal of the support plan stands.
 */
public enum GoalStatus {

	/** Offen. */
	OPEN,

	/** In Arbeit. */
	IN_PROGRESS,

	/** Erreicht. */
	ACHIEVED,

	/** Aufgegeben, with the participant. */
	DROPPED;

	public String messageKey() {
		return "participant.plan.goal-status." + name();
	}

}
