package de.weitblick.project.attendance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.project.AttendanceStatus;
import de.weitblick.project.ProjectId;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of the attendance: a project's sessions, who took part on a day and what is
 * recorded for them. Callers check access and audit.
 */
@Component
class AttendanceRows {

	/** The statuses of people who took part, or still take part, in a project. */
	private static final String TOOK_PART = "('ENROLLED', 'COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')";

	private final JdbcClient jdbc;

	private final Clock clock;

	AttendanceRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates the session or changes it, as the version shown says.
	 * @return the session's identifier
	 */
	UUID session(ProjectId projectId, AttendanceEntry entry, String label, BigDecimal planned, StaffMember viewer) {
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		if (entry.sessionVersion() == null) {
			return this.jdbc.sql("""
					INSERT INTO project_session (id, version, project_id, held_on, label, starts_at, ends_at,
					                             planned_hours, recorded_by, recorded_at)
					VALUES (:id, 0, :project, :day, :label, :startsAt, :endsAt, :planned, :by, :now)
					ON CONFLICT (project_id, held_on, label) DO NOTHING
					RETURNING id
					""")
				.param("id", TimeOrderedIds.next())
				.param("project", projectId.id())
				.param("day", entry.day())
				.param("label", label)
				.param("startsAt", entry.startsAt())
				.param("endsAt", entry.endsAt())
				.param("planned", planned)
				.param("by", viewer.username())
				.param("now", now)
				.query(UUID.class)
				.optional()
				.orElseThrow(() -> new OptimisticLockingFailureException(
						"The session of " + entry.day() + " was recorded in the meantime"));
		}
		return this.jdbc.sql("""
				UPDATE project_session SET starts_at = :startsAt, ends_at = :endsAt, planned_hours = :planned,
				    recorded_by = :by, recorded_at = :now, version = version + 1
				WHERE project_id = :project AND held_on = :day AND label = :label AND version = :version
				RETURNING id
				""")
			.param("startsAt", entry.startsAt())
			.param("endsAt", entry.endsAt())
			.param("planned", planned)
			.param("by", viewer.username())
			.param("now", now)
			.param("project", projectId.id())
			.param("day", entry.day())
			.param("label", label)
			.param("version", entry.sessionVersion())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new OptimisticLockingFailureException(
					"The session of " + entry.day() + " was changed in the meantime"));
	}

	/**
	 * Says why a person cannot be recorded on a day: not in the project, not started yet,
	 * or left before.
	 */
	RuleViolation notTakingPart(ProjectId projectId, UUID enrolmentId, LocalDate day) {
		return this.jdbc.sql("SELECT project_id, started_on, ended_on FROM enrolment WHERE id = :id")
			.param("id", enrolmentId)
			.query((rs, n) -> {
				LocalDate started = rs.getObject("started_on", LocalDate.class);
				LocalDate ended = rs.getObject("ended_on", LocalDate.class);
				if (!projectId.id().equals(rs.getObject("project_id", UUID.class)) || started == null) {
					return new RuleViolation("people", "attendance.rule.not-taking-part", day);
				}
				if (day.isBefore(started)) {
					return new RuleViolation("people", "attendance.rule.before-start", day, started);
				}
				return new RuleViolation("people", "attendance.rule.after-exit", day, (ended != null) ? ended : day);
			})
			.optional()
			.orElseGet(() -> new RuleViolation("people", "attendance.rule.not-taking-part", day));
	}

	/**
	 * Writes the checked rows of one session: new ones inserted, the others changed when
	 * their version is still the one shown.
	 * @throws OptimisticLockingFailureException when a row was recorded in the meantime
	 */
	void write(UUID sessionId, List<Checked> checked, String by) {
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		for (Checked row : checked) {
			int written;
			if (row.version() == null) {
				written = this.jdbc.sql("""
						INSERT INTO attendance (id, version, session_id, enrolment_id, status, hours, recorded_by,
						                        recorded_at)
						VALUES (:id, 0, :session, :enrolment, :status, :hours, :by, :now)
						ON CONFLICT (enrolment_id, session_id) DO NOTHING
						""")
					.param("id", TimeOrderedIds.next())
					.param("session", sessionId)
					.param("enrolment", row.part().enrolmentId())
					.param("status", row.status().name())
					.param("hours", row.hours())
					.param("by", by)
					.param("now", now)
					.update();
			}
			else {
				written = this.jdbc.sql("""
						UPDATE attendance SET status = :status, hours = :hours, recorded_by = :by, recorded_at = :now,
						    version = version + 1
						WHERE session_id = :session AND enrolment_id = :enrolment AND version = :version
						""")
					.param("status", row.status().name())
					.param("hours", row.hours())
					.param("by", by)
					.param("now", now)
					.param("session", sessionId)
					.param("enrolment", row.part().enrolmentId())
					.param("version", row.version())
					.update();
			}
			if (written == 0) {
				throw new OptimisticLockingFailureException(
						"Attendance of enrolment " + row.part().enrolmentId() + " was recorded in the meantime");
			}
		}
	}

	/**
	 * Everybody who took part in the project on the day, with what is recorded for them
	 * in the session.
	 */
	List<TakingPart> takingPart(ProjectId projectId, LocalDate day, UUID sessionId) {
		return this.jdbc.sql("""
				SELECT e.id, e.participant_id, a.status, a.hours, a.version
				FROM enrolment e LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.session_id = :session
				WHERE e.project_id = :project AND e.status IN %s
				  AND e.started_on <= :day AND (e.ended_on IS NULL OR e.ended_on >= :day)
				""".formatted(TOOK_PART))
			.param("session", sessionId)
			.param("project", projectId.id())
			.param("day", day)
			.query((rs, n) -> new TakingPart(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
					(rs.getString("status") != null) ? AttendanceStatus.valueOf(rs.getString("status")) : null,
					rs.getBigDecimal("hours"), (Integer) rs.getObject("version")))
			.list();
	}

	record TakingPart(UUID enrolmentId, UUID participantId, AttendanceStatus status, BigDecimal hours,
			Integer version) {
	}

	record Checked(TakingPart part, AttendanceStatus status, BigDecimal hours, Integer version) {
	}

}
