package de.weitblick.participant;

/**
 * Who sent the person to the office.
 */
public enum ReferralSource {

	/** Jobcenter. */
	JOBCENTER,

	/** Schule. */
	SCHOOL,

	/** Auf eigene Initiative. */
	SELF,

	/** Sonstige. */
	OTHER;

	public String messageKey() {
		return "participant.referral-source." + name();
	}

}
