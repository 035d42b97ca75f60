package de.weitblick.participant.referralimport;

/**
 * Why a row of a referral list did not become a case file.
 */
public enum ReferralImportOutcome {

	/** Fehlerhaft: a value is missing, impossible or unknown; nothing was stored. */
	INVALID,

	/** Bereits importiert: a case with this customer number exists. */
	ALREADY_IMPORTED,

	/**
	 * Wahrscheinlich doppelt: the person seems registered already, or is twice in the
	 * file.
	 */
	DUPLICATE;

	public String messageKey() {
		return "participant.import.outcome." + name();
	}

}
