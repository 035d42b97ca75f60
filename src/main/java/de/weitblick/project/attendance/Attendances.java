package de.weitblick.project.attendance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance (Anwesenheit) per project day or session: the project's lead and its
 * assigned instructors record, for everybody taking part that day, whether they were
 * there and for how many hours. A whole day is stored together or not at all; every
 * record has a version, so two people entering the same day at once never overwrite each
 * other unseen. Every change is written to the audit trail under the person; the rates
 * are {@link AttendanceRates}.
 */
@Service
@Transactional
public class Attendances {

	private static final BigDecimal MOST_HOURS = BigDecimal.valueOf(24);

	private final ProjectRepository projects;

	private final ParticipantDirectory participants;

	private final AuditTrail audit;

	private final AttendanceRows rows;

	private final JdbcClient jdbc;

	private final Clock clock;

	Attendances(ProjectRepository projects, ParticipantDirectory participants, AuditTrail audit, AttendanceRows rows,
			JdbcClient jdbc, Clock clock) {
		this.projects = projects;
		this.participants = participants;
		this.audit = audit;
		this.rows = rows;
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
		List<AttendanceRows.TakingPart> people = this.rows.takingPart(projectId, day,
				(session != null) ? session.id() : null);
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
		UUID sessionId = this.rows.session(projectId, entry, label, planned, viewer);
		Map<UUID, AttendanceRows.TakingPart> takingPart = new HashMap<>();
		this.rows.takingPart(projectId, entry.day(), sessionId).forEach(p -> takingPart.put(p.enrolmentId(), p));
		Set<UUID> seen = new HashSet<>();
		List<AttendanceRows.Checked> checked = new ArrayList<>();
		for (AttendanceEntry.Person person : entry.people()) {
			UUID enrolment = person.enrolmentId().id();
			if (!seen.add(enrolment)) {
				throw new RuleViolation("people", "attendance.rule.person-twice");
			}
			AttendanceRows.TakingPart part = takingPart.get(enrolment);
			if (part == null) {
				throw this.rows.notTakingPart(projectId, enrolment, entry.day());
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
			checked.add(new AttendanceRows.Checked(part, person.status(), hours, person.version()));
		}
		// A smaller plan must still hold the hours of the people not entered now.
		takingPart.values()
			.stream()
			.filter(p -> p.hours() != null && !seen.contains(p.enrolmentId()) && p.hours().compareTo(planned) > 0)
			.findAny()
			.ifPresent(p -> {
				throw new RuleViolation("plannedHours", "attendance.rule.planned-below-recorded");
			});
		this.rows.write(sessionId, checked, viewer.username());
		this.audit.recordActions(Enrolments.actor(viewer), AuditAction.UPDATE, Enrolments.SUBJECT_TYPE,
				checked.stream().map(row -> row.part().participantId()).distinct().toList(), AccessPurpose.PROJECT_WORK,
				AuditDetail.of("project.audit.attendance", entry.day(), projectId.id()));
	}

	private Project recordable(ProjectId projectId, StaffMember viewer) {
		Project project = this.projects.findById(projectId.id()).orElseThrow(() -> new NotFound("project.not-found"));
		if (!mayRecord(project, viewer)) {
			throw new RuleViolation(null, "attendance.rule.may-not-record");
		}
		return project;
	}

	private static String label(String label) {
		return (label == null) ? "" : label.strip();
	}

}
