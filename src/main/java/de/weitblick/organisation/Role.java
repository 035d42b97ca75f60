package de.weitblick.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles a person signs in with. Each account has exactly one role; what a role may
 * see is decided by the access rules of each area, never by the user interface alone.
 */
public enum Role {

	/** Fachkraft, Fallmanagement: works with the own participants. */
	COUNSELLOR,

	/** Projektleitung: runs a project with its places, enrolments and outcomes. */
	PROJECT_LEAD,

	/** Fachanleitung: leads a workshop and sees only what the work needs. */
	INSTRUCTOR,

	/** Arbeitgeberservice: employers, offers, placements and award nominations. */
	EMPLOYER_SERVICE,

	/**
	 * Controlling, Abteilungsleitung: budgets, funder reports, dashboards, strategy
	 * goals.
	 */
	CONTROLLING,

	/**
	 * Moderation Arbeitsmarktdialog: editions, ideas, reviews, decisions, public pages.
	 */
	MODERATION,

	/** Partner organisation (Jobcenter, education provider, chamber of crafts). */
	PARTNER,

	/** An employer with its own offers and slots. */
	EMPLOYER,

	/** A participant who sees the own plan, appointments and documents. */
	PARTICIPANT,

	/**
	 * Datenschutzbeauftragte: looks into the audit trail of a person or a member of
	 * staff; sees no case file.
	 */
	DATA_PROTECTION_OFFICER,

	/** Administration: users, roles, reference data and retention rules. */
	ADMINISTRATOR;

	/** The roles of the municipal staff who work inside the office. */
	public static final Set<Role> STAFF = EnumSet.of(COUNSELLOR, PROJECT_LEAD, INSTRUCTOR, EMPLOYER_SERVICE,
			CONTROLLING, MODERATION, DATA_PROTECTION_OFFICER, ADMINISTRATOR);

	/**
	 * The roles that may be given the health-data permission: those whose view of a case
	 * file can show health restrictions (the responsible team's counsellors and, through
	 * a project, its lead). An instructor's view never shows them, and accounts of
	 * partners, employers and participants never see a case file at all.
	 */
	public static final Set<Role> MAY_HOLD_HEALTH_DATA_PERMISSION = EnumSet.of(COUNSELLOR, PROJECT_LEAD);

	/**
	 * @return whether an account of this role may be given the health-data permission
	 */
	public boolean mayHoldHealthDataPermission() {
		return MAY_HOLD_HEALTH_DATA_PERMISSION.contains(this);
	}

	/**
	 * The name Spring Security knows the role by.
	 * @return never null
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * The message key under which the role's name is shown.
	 * @return never null
	 */
	public String messageKey() {
		return "organisation.role." + name();
	}

}
