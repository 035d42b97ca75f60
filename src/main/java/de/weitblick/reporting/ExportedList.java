package de.weitblick.reporting;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import de.weitblick.organisation.Role;

/**
 * The lists people work with that can be exported, each with the roles whose page shows
 * it and the filters its page applies. What an export holds is decided by the list's own
 * module, row by row, exactly as for the page.
 */
public enum ExportedList {

	/**
	 * The caseload and the search of case files (filters as on the participants page).
	 */
	CASELOAD(EnumSet.of(Role.COUNSELLOR, Role.PROJECT_LEAD, Role.INSTRUCTOR), "name", "birthDate", "focusGroup",
			"counsellor", "status", "district", "sort", "descending"),

	/** The projects with their places today. */
	PROJECTS(EnumSet.allOf(Role.class)),

	/** Referrals and enrolments the viewer may see. */
	ENROLMENTS(EnumSet.of(Role.COUNSELLOR, Role.PROJECT_LEAD, Role.PARTNER), "activeOnly"),

	/** The people waiting for a place, with their position and priority. */
	WAITING_LIST(EnumSet.of(Role.COUNSELLOR, Role.PROJECT_LEAD, Role.PARTNER), "project"),

	/** A project's attendance, day by day over a period. */
	ATTENDANCE(EnumSet.of(Role.PROJECT_LEAD, Role.INSTRUCTOR), "project", "from", "to", "label"),

	/** The audit trail of personal data, for the data protection officer. */
	AUDIT_TRAIL(EnumSet.of(Role.DATA_PROTECTION_OFFICER, Role.ADMINISTRATOR), "actor", "subject", "from", "to");

	private final Set<Role> roles;

	private final List<String> filters;

	ExportedList(Set<Role> roles, String... filters) {
		this.roles = Set.copyOf(roles);
		this.filters = List.of(filters);
	}

	/**
	 * @return whether a person of the role may export the list at all
	 */
	public boolean isOpenTo(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * @return the names of the filters the list takes, never null
	 */
	public List<String> filters() {
		return this.filters;
	}

	public String messageKey() {
		return "reporting.export.list." + name();
	}

}
