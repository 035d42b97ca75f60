package de.weitblick.organisation;

/**
 * What happens to a counsellor's caseload when the counsellor moves to another team.
 */
public enum CaseloadChoice {

	/** The cases go with the counsellor: the new team becomes responsible for them. */
	FOLLOWS_COUNSELLOR,

	/**
	 * The cases stay with the old team and are handed over to a named counsellor of it.
	 */
	STAYS_WITH_TEAM;

	public String messageKey() {
		return "organisation.caseload." + name();
	}

}
