package de.weitblick.participant.referralimport;

/**
 * Where an import of a referral list stands.
 */
public enum ReferralImportStatus {

	/** Wartet: the file is stored and waits for a free worker. */
	QUEUED,

	/** Läuft: rows are being imported, chunk by chunk. */
	RUNNING,

	/** Abgeschlossen: every row was imported or reported. */
	COMPLETED,

	/**
	 * Abgebrochen: a technical fault stopped the import repeatedly; what was imported
	 * stays.
	 */
	FAILED;

	public String messageKey() {
		return "participant.import.status." + name();
	}

	/**
	 * @return whether nothing more will happen to the import
	 */
	public boolean finished() {
		return this == COMPLETED || this == FAILED;
	}

}
