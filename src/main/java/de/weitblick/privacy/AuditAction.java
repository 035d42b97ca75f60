package de.weitblick.privacy;

/**
 * What someone did with personal data.
 */
public enum AuditAction {

	/** Gelesen: the data was shown or sent to someone. */
	READ,

	/** Angelegt. */
	CREATE,

	/** Geändert. */
	UPDATE,

	/** Zusammengeführt: two records of one person became one. */
	MERGE,

	/** Exportiert, e.g. for a subject-access request. */
	EXPORT,

	/** Gelöscht oder anonymisiert. */
	ERASE,

	/**
	 * Zugriff verweigert: someone asked for a record they may not see (or that does not
	 * exist), and got nothing.
	 */
	ACCESS_REFUSED;

	public String messageKey() {
		return "privacy.action." + name();
	}

}
