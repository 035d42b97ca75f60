package de.weitblick.focusgroup;

import java.time.LocalDate;

/**
 * A span of days in which a person belongs to a focus group.
 *
 * @param focusGroup never null
 * @param from the first day, never null
 * @param until the first day it no longer holds, or null while nothing in sight ends it
 */
public record MembershipPeriod(FocusGroupCode focusGroup, LocalDate from, LocalDate until) {

	/**
	 * @param day must not be null
	 */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && (this.until == null || day.isBefore(this.until));
	}

}
