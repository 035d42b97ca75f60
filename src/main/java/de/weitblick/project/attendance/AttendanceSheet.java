package de.weitblick.project.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import de.weitblick.project.AttendanceStatus;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.ProjectId;

/**
 * One project day or session with everybody taking part that day: what the bulk entry
 * form shows.
 *
 * @param projectId never null
 * @param projectName never null
 * @param day never null
 * @param label the session's label, empty for the day's only session; never null
 * @param session the session as recorded, or null when nothing is recorded yet
 * @param rows one per person taking part that day, by name; never null
 */
public record AttendanceSheet(ProjectId projectId, String projectName, LocalDate day, String label, Session session,
		List<Row> rows) {

	/**
	 * @param version for the next change
	 * @param startsAt may be null
	 * @param endsAt may be null
	 * @param plannedHours never null
	 */
	public record Session(UUID id, int version, LocalTime startsAt, LocalTime endsAt, BigDecimal plannedHours) {
	}

	/**
	 * @param enrolmentId never null
	 * @param personName never null
	 * @param status as recorded, or null when not yet
	 * @param hours as recorded, or null when not yet
	 * @param version of the record, or null when not yet recorded
	 */
	public record Row(EnrolmentId enrolmentId, String personName, AttendanceStatus status, BigDecimal hours,
			Integer version) {
	}

}
