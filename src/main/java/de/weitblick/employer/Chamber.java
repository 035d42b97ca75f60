package de.weitblick.employer;

/**
 * The chamber an employer belongs to.
 */
public enum Chamber {

	/** Handwerkskammer. */
	CRAFTS,

	/** Industrie- und Handelskammer. */
	INDUSTRY_AND_COMMERCE,

	/** Another chamber or none, such as the liberal professions or public bodies. */
	OTHER;

	public String messageKey() {
		return "employer.chamber." + name();
	}

}
