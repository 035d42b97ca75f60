package de.weitblick.award;

import java.util.UUID;

/**
 * An employer whose engagement record over the award year and the year before suggests a
 * nomination.
 *
 * @param employerId never null
 * @param employerName never null
 * @param placements placements started
 * @param lastingHires hires that lasted six months
 * @param modulesHosted internship modules for recognition hosted
 * @param tasterSeats taster-slot seats offered
 */
public record EngagementSuggestion(UUID employerId, String employerName, int placements, int lastingHires,
		int modulesHosted, int tasterSeats) {

	/**
	 * @return how strongly the record speaks for the employer, for the order of the
	 * suggestions
	 */
	public int weight() {
		return this.placements + 2 * this.lastingHires + 2 * this.modulesHosted + this.tasterSeats;
	}

}
