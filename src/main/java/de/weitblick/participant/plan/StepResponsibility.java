package de.weitblick.participant.plan;

/**
 * Who takes a step of the support plan: the plan is made together, so the participant
 * takes steps too.
 */
public enum StepResponsibility {

	/** Die teilnehmende Person. */
	PARTICIPANT,

	/** Die Fachkraft. */
	COUNSELLOR,

	/** Beide gemeinsam. */
	TOGETHER,

	/** Eine andere Stelle, etwa das Jobcenter oder ein Betrieb. */
	OTHER;

	public String messageKey() {
		return "participant.plan.responsible." + name();
	}

}
