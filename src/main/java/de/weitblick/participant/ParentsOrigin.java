package de.weitblick.participant;

/**
 * Where the parents come from: recorded only while the person consents to the purpose
 * PARENTS_ORIGIN, and removed when the consent is withdrawn.
 *
 * @param motherCountryOfBirth ISO 3166-1 alpha-2, may be null
 * @param fatherCountryOfBirth ISO 3166-1 alpha-2, may be null
 * @param parentBornWithoutGermanCitizenship at least one parent was born without German
 * citizenship; null when not stated
 * @param bothParentsImmigrated both parents immigrated to Germany since 1950; null when
 * not stated
 */
public record ParentsOrigin(String motherCountryOfBirth, String fatherCountryOfBirth,
		Boolean parentBornWithoutGermanCitizenship, Boolean bothParentsImmigrated) {

	/** Nothing known about the parents. */
	public static final ParentsOrigin UNKNOWN = new ParentsOrigin(null, null, null, null);

	public boolean isUnknown() {
		return this.equals(UNKNOWN);
	}

}
