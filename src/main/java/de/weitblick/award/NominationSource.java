package de.weitblick.award;

/**
 * Who nominated an employer.
 */
public enum NominationSource {

	/** A member of the office's staff. */
	STAFF,

	/** A partner organisation such as the Jobcenter or the chamber of crafts. */
	PARTNER,

	/** A member of the public with a confirmed e-mail address. */
	PUBLIC,

	/** Suggested from the employer's engagement record and taken up by the staff. */
	ENGAGEMENT;

	/**
	 * @return the key of the source's name in the message bundles, never null
	 */
	public String messageKey() {
		return "award.source." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
