package de.weitblick.dialogue.idea;

/**
 * The group a supporter speaks for; supports are counted by group.
 */
public enum StakeholderGroup {

	/** Councillors and parties. */
	POLITICS,

	/** Employers and chambers. */
	BUSINESS,

	/** The city's administration. */
	ADMINISTRATION,

	/** The Jobcenter. */
	JOBCENTER,

	/** Schools and education providers. */
	EDUCATION_PROVIDERS,

	/** Members of the public. */
	PUBLIC;

	public String messageKey() {
		return "dialogue.stakeholder." + name();
	}

}
