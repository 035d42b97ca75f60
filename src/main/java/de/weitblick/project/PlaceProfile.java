package de.weitblick.project;

import java.time.LocalTime;

/**
 * Where a project's places are and what they are like, for proposing them to people: the
 * city district, the occupational field as a KldB 2010 code and the daily hours on
 * working days. Every part may be missing.
 *
 * @param districtCode a district of the city, or null
 * @param occupationCode one to three digits of the KldB 2010, or null
 * @param hoursFrom when the day starts, or null
 * @param hoursUntil when it ends, after hoursFrom, or null
 */
public record PlaceProfile(String districtCode, String occupationCode, LocalTime hoursFrom, LocalTime hoursUntil) {

	/** Nothing recorded. */
	public static final PlaceProfile NONE = new PlaceProfile(null, null, null, null);

	/**
	 * @return whether the daily hours are recorded
	 */
	public boolean hasHours() {
		return this.hoursFrom != null && this.hoursUntil != null;
	}

}
