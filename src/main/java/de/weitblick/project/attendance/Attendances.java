package de.weitblick.project.attendance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.AttendanceStatus;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.Enrolments;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectId;
import de.weitblick.project.access.ProjectAccessPolicy;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance (Anwesenheit) per project day or session: the project's lead and its
 * assigned instructors record, for everybody taking part that day, whether they were
 * there and for how many hours. A whole day is stored together or not at all; every
 * record has a version, so two people entering the same day at once never overwrite each
 * other unseen. Every read and change is written to the audit trail under the person.
 */
@Service
@Transactional
public class Attendances {

	/** Statuses in which a person took part on the days between start and exit. */
	private static final String TOOK_PART = "('ENROLLED', 'COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')";

	private static final BigDecimal MOST_HOURS = BigDecimal.valueOf(24);

	private final ProjectRepository projects;

	private final ParticipantDirectory participants;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	Attendances(ProjectRepository projects, ParticipantDirectory participants, AuditTrail audit, JdbcClient jdbc,
			Clock clock) {
		this.projects = projects;
		this.participants = participants;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether the viewer records attendance in the project: its lead and the instructors
	 * currently assigned to it.
	 */
	@Transactional(readOnly = true)
	public boolean mayRecord(ProjectId projectId, StaffMember viewer) {
		return this.projects.findById(projectId.id()).map(project -> mayRecord(project, viewer)).orElse(false);
	}

	/**
	 * As {@link #mayRecord(ProjectId, StaffMember)}, for a page that has read the
	 * project.
	 */
	public boolean mayRecord(Project project, StaffMember viewer) {
		return ProjectAccessPolicy.leads(viewer, project)
				|| (viewer.role() == Role.INSTRUCTOR && assigned(project.id(), viewer.id()));
	}

	private boolean assigned(ProjectId project, UUID instructor) {
		return this.jdbc.sql("""
				SELECT count(*) FROM project_instructor
				WHERE project_id = :project AND instructor_id = :instructor AND ended_on IS NULL
				""").param("project", project.id()).param("instructor", instructor).query(Integer.class).single() > 0;
	}

	/**
	 * The form of one day or session: everybody taking part that day, with what is
	 * recorded for them.
	 * @param day must not be null
	 * @param label null or blank for the day's only session
	 * @throws NotFound when there is no such project
	 * @throws RuleViolation when the viewer may not record attendance in it
	 */
	public AttendanceSheet sheet(ProjectId projectId, LocalDate day, String label, StaffMember viewer) {
		Project project = recordable(projectId, viewer);
		String name = label(label);
		AttendanceSheet.Session session = this.jdbc.sql("""
				SELECT id, version, starts_at, ends_at, planned_hours FROM project_session
				WHERE project_id = :project AND held_on = :day AND label = :label
				""")
			.param("project", projectId.id())
			.param("day", day)
			.param("label", name)
			.query((rs, n) -> new AttendanceSheet.Session(rs.getObject("id", UUID.class), rs.getInt("version"),
					rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
					rs.getBigDecimal("planned_hours")))
			.optional()
			.orElse(null);
		List<TakingPart> people = takingPart(projectId, day, (session != null) ? session.id() : null);
		Map<ParticipantId, String> names = this.participants.names(
				people.stream().map(p -> new ParticipantId(p.participantId())).toList(), Enrolments.actor(viewer),
				AccessPurpose.PROJECT_WORK);
		List<AttendanceSheet.Row> rows = people.stream()
			.map(p -> new AttendanceSheet.Row(new EnrolmentId(p.enrolmentId()),
					names.getOrDefault(new ParticipantId(p.participantId()), "?"), p.status(), p.hours(), p.version()))
			.sorted(Comparator.comparing(AttendanceSheet.Row::personName))
			.toList();
		return new AttendanceSheet(projectId, project.displayName(), day, name, session, rows);
	}

	/**
	 * Records one day or session for the people entered. Everything is checked before
	 * anything is stored, and the day is stored together or not at all.
	 * @throws RuleViolation when a date, an hour or a person is out of order, or the
	 * viewer may not record attendance in the project
	 * @throws OptimisticLockingFailureException when somebody recorded the same day or
	 * person since the form was shown
	 */
	public void record(ProjectId projectId, AttendanceEntry entry, StaffMember viewer) {
		recordable(projectId, viewer);
		LocalDate today = LocalDate.now(this.clock);
		if (entry.day() == null) {
			throw new RuleViolation("day", "attendance.rule.day-missing");
		}
		if (entry.day().isAfter(today)) {
			throw new RuleViolation("day", "attendance.rule.day-in-future");
		}
		String label = label(entry.label());
		if (label.length() > 60) {
			throw new RuleViolation("label", "attendance.rule.label-too-long");
		}
		BigDecimal planned = entry.plannedHours();
		if (planned == null || planned.signum() <= 0 || planned.compareTo(MOST_HOURS) > 0) {
			throw new RuleViolation("plannedHours", "attendance.rule.planned-hours");
		}
		if (entry.startsAt() != null && entry.endsAt() != null && !entry.startsAt().isBefore(entry.endsAt())) {
			throw new RuleViolation("endsAt", "attendance.rule.times-out-of-order");
		}
		UUID sessionId = session(projectId, entry, label, planned, viewer);
		Map<UUID, TakingPart> takingPart = new HashMap<>();
		takingPart(projectId, entry.day(), sessionId).forEach(p -> takingPart.put(p.enrolmentId(), p));
		Set<UUID> seen = new HashSet<>();
		List<Checked> checked = new ArrayList<>();
		for (AttendanceEntry.Person person : entry.people()) {
			UUID enrolment = person.enrolmentId().id();
			if (!seen.add(enrolment)) {
				throw new RuleViolation("people", "attendance.rule.person-twice");
			}
			TakingPart part = takingPart.get(enrolment);
			if (part == null) {
				throw notTakingPart(projectId, enrolment, entry.day());
			}
			if (person.status() == null) {
				continue;
			}
			BigDecimal hours = person.hours();
			if (person.status() == AttendanceStatus.PRESENT) {
				hours = (hours != null) ? hours : planned;
				if (hours.signum() < 0) {
					throw new RuleViolation("hours", "attendance.rule.hours-negative");
				}
				if (hours.compareTo(planned) > 0) {
					throw new RuleViolation("hours", "attendance.rule.hours-above-planned",
							planned.stripTrailingZeros().toPlainString());
				}
			}
			else {
				if (hours != null && hours.signum() != 0) {
					throw new RuleViolation("hours", "attendance.rule.hours-when-absent");
				}
				hours = BigDecimal.ZERO;
			}
			checked.add(new Checked(part, person.status(), hours, person.version()));
		}
		// A smaller plan must still hold the hours of the people not entered now.
		takingPart.values()
			.stream()
			.filter(p -> p.hours() != null && !seen.contains(p.enrolmentId()) && p.hours().compareTo(planned) > 0)
			.findAny()
			.ifPresent(p -> {
				throw new RuleViolation("plannedHours", "attendance.rule.planned-below-recorded");
			});
		String by = viewer.username();
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
		this.audit.recordActions(Enrolments.actor(viewer), AuditAction.UPDATE, Enrolments.SUBJECT_TYPE,
				checked.stream().map(row -> row.part().participantId()).distinct().toList(), AccessPurpose.PROJECT_WORK,
				AuditDetail.of("project.audit.attendance", entry.day(), projectId.id()));
	}

	/**
	 * Creates the session or changes it, as the version shown says.
	 * @return the session's identifier
	 */
	private UUID session(ProjectId projectId, AttendanceEntry entry, String label, BigDecimal planned,
			StaffMember viewer) {
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
	private RuleViolation notTakingPart(ProjectId projectId, UUID enrolmentId, LocalDate day) {
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
	 * The attendance of one person in one project, when the viewer may see it: the
	 * project's lead, the person's counsellor and the instructors assigned to the
	 * project.
	 * @return empty when there is no such enrolment or the viewer may not see it
	 */
	@Transactional
	public Optional<EnrolmentAttendance> ofEnrolment(EnrolmentId id, StaffMember viewer) {
		return this.jdbc.sql("SELECT project_id, participant_id, responsible_unit_id FROM enrolment WHERE id = :id")
			.param("id", id.id())
			.query((rs, n) -> new UUID[] { rs.getObject("project_id", UUID.class),
					rs.getObject("participant_id", UUID.class), rs.getObject("responsible_unit_id", UUID.class) })
			.optional()
			.flatMap(row -> {
				Project project = this.projects.findById(row[0]).orElseThrow();
				boolean may = mayRecord(project, viewer) || ProjectAccessPolicy.maySeePerson(viewer, project, row[2]);
				if (!may) {
					return Optional.empty();
				}
				List<AttendanceRecord> records = this.jdbc.sql("""
						SELECT s.held_on, s.label, s.planned_hours, a.status, a.hours, a.version
						FROM attendance a JOIN project_session s ON s.id = a.session_id
						WHERE a.enrolment_id = :enrolment ORDER BY s.held_on DESC, s.label
						""")
					.param("enrolment", id.id())
					.query((rs, n) -> new AttendanceRecord(rs.getObject("held_on", LocalDate.class),
							rs.getString("label"), rs.getBigDecimal("planned_hours"),
							AttendanceStatus.valueOf(rs.getString("status")), rs.getBigDecimal("hours"),
							rs.getInt("version")))
					.list();
				this.audit.recordAction(Enrolments.actor(viewer), AuditAction.READ, Enrolments.SUBJECT_TYPE, row[1],
						AccessPurpose.PROJECT_WORK, AuditDetail.of("project.audit.attendance-read", row[0]));
				return Optional.of(new EnrolmentAttendance(id, rateOf(records), records));
			});
	}

	/**
	 * The attendance rates of several enrolments of a project, for a list that shows
	 * their people already (and audited the reading of their names).
	 * @return by enrolment; an enrolment without any record has {@code sessions == 0}
	 */
	@Transactional(readOnly = true)
	public Map<EnrolmentId, AttendanceRate> rates(Collection<EnrolmentId> enrolments) {
		Map<EnrolmentId, AttendanceRate> rates = new LinkedHashMap<>();
		if (enrolments.isEmpty()) {
			return rates;
		}
		this.jdbc.sql("""
				SELECT a.enrolment_id, count(*) AS sessions,
				       count(*) FILTER (WHERE a.status = 'PRESENT') AS present,
				       count(*) FILTER (WHERE a.status = 'EXCUSED') AS excused,
				       count(*) FILTER (WHERE a.status = 'UNEXCUSED') AS unexcused,
				       sum(s.planned_hours) AS planned, sum(a.hours) AS attended
				FROM attendance a JOIN project_session s ON s.id = a.session_id
				WHERE a.enrolment_id = ANY(CAST(:ids AS uuid[]))
				GROUP BY a.enrolment_id
				""").param("ids", enrolments.stream().map(EnrolmentId::id).toArray(UUID[]::new)).query((rs, n) -> {
			rates.put(new EnrolmentId(rs.getObject("enrolment_id", UUID.class)),
					new AttendanceRate(rs.getInt("sessions"), rs.getInt("present"), rs.getInt("excused"),
							rs.getInt("unexcused"), rs.getBigDecimal("planned"), rs.getBigDecimal("attended")));
			return null;
		}).list();
		return rates;
	}

	public static AttendanceRate rateOf(List<AttendanceRecord> records) {
		BigDecimal planned = BigDecimal.ZERO;
		BigDecimal attended = BigDecimal.ZERO;
		int present = 0;
		int excused = 0;
		int unexcused = 0;
		for (AttendanceRecord record : records) {
			planned = planned.add(record.plannedHours());
			attended = attended.add(record.hours());
			switch (record.status()) {
				case PRESENT -> present++;
				case EXCUSED -> excused++;
				case UNEXCUSED -> unexcused++;
			}
		}
		return new AttendanceRate(records.size(), present, excused, unexcused, planned, attended);
	}

	private Project recordable(ProjectId projectId, StaffMember viewer) {
		Project project = this.projects.findById(projectId.id()).orElseThrow(() -> new NotFound("project.not-found"));
		if (!mayRecord(project, viewer)) {
			throw new RuleViolation(null, "attendance.rule.may-not-record");
		}
		return project;
	}

	/**
	 * Everybody who took part in the project on the day, with what is recorded for them
	 * in the session.
	 */
	private List<TakingPart> takingPart(ProjectId projectId, LocalDate day, UUID sessionId) {
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

	private static String label(String label) {
		return (label == null) ? "" : label.strip();
	}

	private record TakingPart(UUID enrolmentId, UUID participantId, AttendanceStatus status, BigDecimal hours,
			Integer version) {
	}

	private record Checked(TakingPart part, AttendanceStatus status, BigDecimal hours, Integer version) {
	}

	/**
	 * The attendance of one person in one project.
	 *
	 * @param enrolmentId never null
	 * @param rate never null
	 * @param records the newest first, never null
	 */
	public record EnrolmentAttendance(EnrolmentId enrolmentId, AttendanceRate rate, List<AttendanceRecord> records) {
	}

}
