package de.weitblick.privacy;

/**
 * Purposes a person can consent to. Data that needs consent is neither collected nor
 * shown without it.
 */
public enum ConsentPurpose {

	/**
	 * Herkunft der Eltern: the parents' countries of birth, to determine a migration
	 * history.
	 */
	PARENTS_ORIGIN,

	/**
	 * Gesundheitliche Einschränkungen: health restrictions, a special category (Art. 9
	 * GDPR).
	 */
	HEALTH_DATA;

	public String messageKey() {
		return "privacy.consent." + name();
	}

}
