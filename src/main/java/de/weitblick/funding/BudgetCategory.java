package de.weitblick.funding;

/**
 * What a budget line of a grant pays for.
 */
public enum BudgetCategory {

	/** Salaries of the project's staff. */
	STAFF,

	/** Material and equipment. */
	MATERIAL,

	/** Allowances paid to participants. */
	PARTICIPANT_ALLOWANCES,

	/** Overheads such as rent and administration. */
	OVERHEADS;

	public String messageKey() {
		return "funding.category." + name();
	}

}
