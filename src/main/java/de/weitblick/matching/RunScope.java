package de.weitblick.matching;

import de.weitblick.organisation.StaffMember;

/**
 * What a matching run works on. One run at a time per scope and team.
 */
public enum RunScope {

	/** The team's active people × the places of the running projects today. */
	TEAM,

	/**
	 * The team's people waiting on a project's waiting list × the free places of the
	 * running projects today, other than those of the projects they wait for.
	 */
	WAITING_LIST,

	/**
	 * The team's active people × the employers' open offers (jobs, apprenticeship places,
	 * internships and internship modules) with their free seats.
	 */
	OFFERS;

	/**
	 * @return the key of the viewer's team's runs of this scope
	 */
	public String keyOf(StaffMember viewer) {
		return (this == TEAM) ? "team:" + viewer.unitId()
				: name().toLowerCase(java.util.Locale.ROOT) + ":" + viewer.unitId();
	}

	/**
	 * @return the key of the scope's name in the message bundles
	 */
	public String messageKey() {
		return "matching.scope." + name();
	}

}
