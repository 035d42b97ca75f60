package de.weitblick.project;

/**
 * The part a partner organisation plays in a project.
 */
public enum PartnerRole {

	/** Träger: runs the project. */
	OPERATOR,

	/** Kooperationspartner. */
	COOPERATION_PARTNER,

	/** Fördergeber. */
	FUNDER,

	/** Zuweisende Stelle, such as the Jobcenter. */
	REFERRER;

	public String messageKey() {
		return "project.partner-role." + name();
	}

}
