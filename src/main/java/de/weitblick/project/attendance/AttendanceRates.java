package de.weitblick.project.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.AttendanceStatus;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.Enrolments;
import de.weitblick.project.Project;
import de.weitblick.project.access.ProjectAccessPolicy;
import de.weitblick.project.persistence.ProjectRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance of one person and the attendance rates of a project's people, for the
 * project's lead, the assigned instructors and the person's counsellor. Reading one
 * person's attendance is written to the audit trail.
 */
@Service
@Transactional
public class AttendanceRates {

	private final ProjectRepository projects;

	private final Attendances attendances;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	AttendanceRates(ProjectRepository projects, Attendances attendances, AuditTrail audit, JdbcClient jdbc) {
		this.projects = projects;
		this.attendances = attendances;
		this.audit = audit;
		this.jdbc = jdbc;
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
				boolean may = this.attendances.mayRecord(project, viewer)
						|| ProjectAccessPolicy.maySeePerson(viewer, project, row[2]);
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
