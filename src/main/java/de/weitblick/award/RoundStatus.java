package de.weitblick.award;

/**
 * Where an award round stands.
 */
public enum RoundStatus {

	/** Nominations are taken until the closing day. */
	NOMINATING,

	/** Nominations are closed; the jury scores them and the winners are chosen. */
	JUDGING,

	/** The winners are announced and shown in public. */
	DECIDED;

	/**
	 * @return the key of the status's name in the message bundles, never null
	 */
	public String messageKey() {
		return "award.status." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
