package de.weitblick.workshop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.AttendedHours;
import de.weitblick.shared.Money;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The allowance (Mehraufwandsentschädigung) of people assigned to a workshop: the monthly
 * statement of one person and the Jobcenter's monthly list of a workshop, from the hours
 * attended in the workshop's project, the absences on record and the workshop's rate per
 * hour on each day. Every read is written to the audit trail under the person.
 */
@Service
@Transactional
public class Allowances {

	private final Assignments assignments;

	private final WorkshopManagement workshops;

	private final WorkshopAccess access;

	private final ParticipantDirectory participants;

	private final AttendedHours projects;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	Allowances(Assignments assignments, WorkshopManagement workshops, WorkshopAccess access,
			ParticipantDirectory participants, AttendedHours projects, AuditTrail audit, JdbcClient jdbc) {
		this.assignments = assignments;
		this.workshops = workshops;
		this.access = access;
		this.participants = participants;
		this.projects = projects;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * The allowance statement of one person and month; the read is audited.
	 * @throws NotFound when there is no such assignment or the viewer may not see it
	 * @throws RuleViolation when the viewer is an instructor: the allowance is not part
	 * of the work in the workshop
	 */
	public AllowanceStatement statement(AssignmentId id, YearMonth month, StaffMember viewer) {
		AssignmentRow row = this.assignments.visible(id, viewer);
		if (viewer.role() == Role.INSTRUCTOR) {
			throw new RuleViolation(null, "workshop.rule.allowance-not-for-instructors");
		}
		Workshop workshop = this.workshops.workshop(new WorkshopId(row.workshopId())).orElseThrow();
		String name = this.participants
			.names(List.of(new ParticipantId(row.participantId())), WorkshopAccess.actor(viewer),
					WorkshopAccess.purpose(viewer))
			.getOrDefault(new ParticipantId(row.participantId()), "?");
		AllowanceStatement statement = statementOf(row, workshop, name, month);
		this.audit.recordAction(WorkshopAccess.actor(viewer), AuditAction.EXPORT, Assignments.SUBJECT_TYPE,
				row.participantId(), WorkshopAccess.purpose(viewer),
				AuditDetail.of("workshop.audit.statement", row.workshopId(), month.toString()));
		return statement;
	}

	/**
	 * The Jobcenter's monthly list of a workshop: the people assigned in the month whom
	 * the viewer may see; the read is audited in one statement.
	 * @throws NotFound when there is no such workshop
	 * @throws RuleViolation when the viewer does not assign people (instructors, for one)
	 */
	public MonthlyList monthlyList(WorkshopId workshopId, YearMonth month, StaffMember viewer) {
		if (!this.access.mayAssign(viewer)) {
			throw new RuleViolation(null, "workshop.rule.allowance-not-for-instructors");
		}
		Workshop workshop = this.workshops.workshop(workshopId).orElseThrow(() -> new NotFound("workshop.not-found"));
		List<AssignmentRow> rows = this.jdbc.sql(AssignmentRow.SELECT + """
				 WHERE a.workshop_id = :workshop AND a.starts_on <= :until AND a.ends_on >= :from
				""")
			.param("workshop", workshopId.id())
			.param("from", month.atDay(1))
			.param("until", month.atEndOfMonth())
			.query(AssignmentRow::of)
			.list()
			.stream()
			.filter(row -> this.access.sees(viewer, row))
			.toList();
		Map<ParticipantId, String> names = this.participants.names(
				rows.stream().map(row -> new ParticipantId(row.participantId())).distinct().toList(),
				WorkshopAccess.actor(viewer), WorkshopAccess.purpose(viewer));
		List<MonthlyList.Row> lines = new ArrayList<>();
		for (AssignmentRow row : rows) {
			String name = names.getOrDefault(new ParticipantId(row.participantId()), "?");
			AllowanceStatement statement = statementOf(row, workshop, name, month);
			int present = (int) statement.days().stream().filter(day -> day.hours().signum() > 0).count();
			int absent = (int) statement.days().stream().filter(day -> day.absence() != null).count();
			lines.add(new MonthlyList.Row(new AssignmentId(row.id()), name, row.startsOn(), row.endsOn(),
					row.weeklyHours(), present, absent, statement.hours(), statement.total()));
		}
		lines.sort(Comparator.comparing(MonthlyList.Row::personName));
		this.audit.recordActions(WorkshopAccess.actor(viewer), AuditAction.EXPORT, Assignments.SUBJECT_TYPE,
				rows.stream().map(AssignmentRow::participantId).distinct().toList(), WorkshopAccess.purpose(viewer),
				AuditDetail.of("workshop.audit.monthly-list", workshopId.id(), month.toString()));
		return new MonthlyList(workshopId, workshop.name(), month, lines);
	}

	private AllowanceStatement statementOf(AssignmentRow row, Workshop workshop, String name, YearMonth month) {
		LocalDate from = month.atDay(1).isAfter(row.startsOn()) ? month.atDay(1) : row.startsOn();
		LocalDate until = month.atEndOfMonth().isBefore(row.endsOn()) ? month.atEndOfMonth() : row.endsOn();
		List<AllowanceStatement.Day> days = new ArrayList<>();
		BigDecimal hours = BigDecimal.ZERO;
		Money total = Money.ZERO;
		if (!from.isAfter(until)) {
			Map<LocalDate, BigDecimal> attended = this.projects.hoursAttended(row.projectId(),
					new ParticipantId(row.participantId()), from, until);
			Map<LocalDate, AbsenceReason> absences = new HashMap<>();
			this.jdbc.sql("""
					SELECT absent_on, reason FROM work_assignment_absence
					WHERE assignment_id = :id AND absent_on BETWEEN :from AND :until
					""")
				.param("id", row.id())
				.param("from", from)
				.param("until", until)
				.query((rs, n) -> absences.put(rs.getObject("absent_on", LocalDate.class),
						AbsenceReason.valueOf(rs.getString("reason"))))
				.list();
			for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
				AbsenceReason absence = absences.get(day);
				BigDecimal worked = (absence != null) ? BigDecimal.ZERO : attended.get(day);
				if (worked == null && absence == null) {
					continue;
				}
				if (worked == null) {
					worked = BigDecimal.ZERO;
				}
				Workshop.Rate rate = workshop.rateOn(day);
				Money amount = (rate != null) ? rate.perHour().times(worked) : Money.ZERO;
				days.add(new AllowanceStatement.Day(day, worked, (rate != null) ? rate.perHour() : null, amount,
						absence));
				hours = hours.add(worked);
				total = total.plus(amount);
			}
		}
		return new AllowanceStatement(new AssignmentId(row.id()), name, workshop.name(), month, days, hours, total);
	}

}
