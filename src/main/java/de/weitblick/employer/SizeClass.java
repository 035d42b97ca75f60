package de.weitblick.employer;

/**
 * The size of an employer by its staff, as the EU recommendation 2003/361 counts it.
 */
public enum SizeClass {

	/** Fewer than 10 employees. */
	MICRO,

	/** 10 to 49 employees. */
	SMALL,

	/** 50 to 249 employees. */
	MEDIUM,

	/** 250 employees or more. */
	LARGE;

	public String messageKey() {
		return "employer.size." + name();
	}

}
