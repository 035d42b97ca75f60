package de.weitblick.workshop;

/**
 * The next step agreed with a person at the end of an assignment.
 */
public enum NextStep {

	/** A job on the general labour market. */
	EMPLOYMENT,

	/** An apprenticeship. */
	APPRENTICESHIP,

	/** A qualification or further training. */
	QUALIFICATION,

	/** Another project of the office. */
	FURTHER_PROJECT,

	/** A further work opportunity. */
	FURTHER_WORK_OPPORTUNITY,

	/** Counselling goes on; no step agreed yet. */
	COUNSELLING;

	public String messageKey() {
		return "workshop.next-step." + name();
	}

}
