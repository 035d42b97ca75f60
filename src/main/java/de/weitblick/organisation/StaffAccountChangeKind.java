package de.weitblick.organisation;

/**
 * What happened to a staff account, as its history and the audit trail name it.
 */
public enum StaffAccountChangeKind {

	/** Angelegt: an administrator created the account. */
	CREATED,

	/** Angelegt bei der ersten Anmeldung über Single Sign-on. */
	PROVISIONED,

	/** Geändert: name, e-mail, role, team or partner organisation. */
	CHANGED,

	/** Deaktiviert: the account can no longer sign in. */
	DISABLED,

	/** Wieder aktiviert. */
	ENABLED,

	/** Passwort zurückgesetzt: a new initial password that must be changed. */
	PASSWORD_RESET,

	/** Sperre aufgehoben after repeated failed sign-ins. */
	UNLOCKED,

	/** Passwort geändert by the account's owner. */
	PASSWORD_CHANGED;

	/**
	 * @return the key of the change's name in the message bundles, never null
	 */
	public String messageKey() {
		return "organisation.account.change." + name();
	}

}
