package de.weitblick.project.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import de.weitblick.project.AttendanceStatus;
import de.weitblick.project.EnrolmentId;

/**
 * What is entered for one project day or session.
 *
 * @param day never null
 * @param label tells several sessions of a day apart; null or blank for the day's only
 * one
 * @param startsAt may be null
 * @param endsAt may be null, after {@code startsAt}
 * @param plannedHours more than zero, at most 24
 * @param sessionVersion the version of the session as shown, or null when it was not yet
 * recorded
 * @param people one entry per person, never null
 */
public record AttendanceEntry(LocalDate day, String label, LocalTime startsAt, LocalTime endsAt,
		BigDecimal plannedHours, Integer sessionVersion, java.util.List<Person> people) {

	/**
	 * @param enrolmentId never null
	 * @param status null leaves the person unrecorded
	 * @param hours attended, only when present; null means the hours planned
	 * @param version the version of the record as shown, or null when not yet recorded
	 */
	public record Person(EnrolmentId enrolmentId, AttendanceStatus status, BigDecimal hours, Integer version) {
	}

}
