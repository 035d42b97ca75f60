package de.weitblick.project.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.weitblick.project.AttendanceStatus;

/**
 * One day or session of one person.
 *
 * @param day never null
 * @param label empty for the day's only session, never null
 * @param plannedHours never null
 * @param status never null
 * @param hours attended, never null
 * @param version for the next change
 */
public record AttendanceRecord(LocalDate day, String label, BigDecimal plannedHours, AttendanceStatus status,
		BigDecimal hours, int version) {
}
