package de.weitblick.employer;

/**
 * The occupational field of an offer. Care, home economics and education are the fields
 * of "Sozialwirtschaft integriert".
 */
public enum OccupationalField {

	/** Pflege. */
	CARE,

	/** Hauswirtschaft. */
	HOME_ECONOMICS,

	/** Erziehung. */
	EDUCATION,

	/** Any other field. */
	OTHER;

	/**
	 * @return whether placements into this field count for "Sozialwirtschaft integriert"
	 */
	public boolean isSocialEconomy() {
		return this != OTHER;
	}

	public String messageKey() {
		return "employer.field." + name();
	}

}
