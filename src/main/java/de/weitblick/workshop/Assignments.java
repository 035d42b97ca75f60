package de.weitblick.workshop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.Period;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments (Zuweisungen) of people to workshops: made and extended by the Jobcenter or
 * a counsellor with the limits of § 16d (6) SGB II checked across all assignments of the
 * person on record, overlapping assignments refused; absences, skills gained and the next
 * step ({@link Allowances} makes the allowance statements and the Jobcenter's monthly
 * list). Every read and change is written to the audit trail under the person; nothing is
 * stored when a check fails.
 */
@Service
@Transactional
public class Assignments {

	static final String SUBJECT_TYPE = "participant";

	private static final BigDecimal MOST_WEEKLY_HOURS = BigDecimal.valueOf(30);

	private final AssignmentLimits limits;

	private final AssignmentLimitPolicy policy;

	private final WorkshopManagement workshops;

	private final WorkshopAccess access;

	private final ParticipantDirectory participants;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	Assignments(AssignmentLimits limits, WorkshopManagement workshops, WorkshopAccess access,
			ParticipantDirectory participants, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.limits = limits;
		this.policy = new AssignmentLimitPolicy(limits);
		this.workshops = workshops;
		this.access = access;
		this.participants = participants;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the limits in force, never null
	 */
	public AssignmentLimits limits() {
		return this.limits;
	}

	/**
	 * Whether the viewer assigns people to workshops: the Jobcenter and counsellors.
	 */
	public boolean mayAssign(StaffMember viewer) {
		return this.access.mayAssign(viewer);
	}

	/**
	 * Assigns a person to a workshop for a period and weekly hours.
	 * @param request must not be null
	 * @param viewer a Jobcenter's account or a counsellor of the person's team
	 * @return the new assignment's identifier
	 * @throws RuleViolation when a value is missing or out of range, the person is
	 * assigned at the same time already, the workshop is full, or the limits are passed
	 * (with the months used and the date a new assignment is possible)
	 * @throws NotFound when there is no such workshop
	 */
	public AssignmentId assign(AssignmentRequest request, StaffMember viewer) {
		if (!this.access.mayAssign(viewer)) {
			throw new RuleViolation(null, "workshop.rule.may-not-assign");
		}
		Workshop workshop = this.workshops.workshop(request.workshopId())
			.orElseThrow(() -> new NotFound("workshop.not-found"));
		Period period = period(request.startsOn(), request.endsOn());
		BigDecimal hours = weeklyHours(request.weeklyHours());
		if (request.participantId() == null) {
			throw new RuleViolation("participantId", "workshop.rule.person-missing");
		}
		Optional<UUID> jobcenter = this.access.jobcenterOf(viewer);
		ParticipantProfile person;
		if (jobcenter.isPresent()) {
			if (request.birthDate() == null) {
				throw new RuleViolation("birthDate", "workshop.rule.birth-date-missing");
			}
			person = this.participants
				.profileForPartner(request.participantId(), request.birthDate(), WorkshopAccess.actor(viewer))
				.orElseThrow(() -> new RuleViolation("participantId", "workshop.rule.unknown-person"));
		}
		else {
			person = this.participants.profile(request.participantId(), viewer, WorkshopAccess.purpose(viewer))
				.orElseThrow(() -> new RuleViolation("participantId", "workshop.rule.unknown-person"));
		}
		lockPerson(person.id().id());
		List<AssignmentRow> record = ofPerson(person.id().id());
		refuseOverlap(record, period, null);
		int occupied = this.jdbc.sql("""
				SELECT count(*) FROM work_assignment
				WHERE workshop_id = :workshop AND starts_on <= :until AND ends_on >= :from
				""")
			.param("workshop", workshop.id().id())
			.param("from", period.start())
			.param("until", period.start())
			.query(Integer.class)
			.single();
		if (occupied >= workshop.places()) {
			throw new RuleViolation("startsOn", "workshop.rule.full", workshop.places());
		}
		String reason = checkLimits(record, period, null, request.furtherMonthsReason(), viewer);
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO work_assignment (id, version, workshop_id, participant_id, responsible_unit_id,
				    assigning_partner_id, starts_on, ends_on, weekly_hours, further_months_confirmed_by,
				    further_months_reason, assigned_by, assigned_at)
				VALUES (:id, 0, :workshop, :person, :unit, :partner, :from, :until, :hours, :confirmedBy, :reason,
				        :by, :now)
				""")
			.param("id", id)
			.param("workshop", workshop.id().id())
			.param("person", person.id().id())
			.param("unit", person.responsibleUnitId())
			.param("partner", jobcenter.orElse(null))
			.param("from", period.start())
			.param("until", period.end())
			.param("hours", hours)
			.param("confirmedBy", (reason != null) ? viewer.username() : null)
			.param("reason", reason)
			.param("by", viewer.username())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.audit.recordAction(WorkshopAccess.actor(viewer), AuditAction.CREATE, SUBJECT_TYPE, person.id().id(),
				WorkshopAccess.purpose(viewer),
				AuditDetail.of("workshop.audit.assigned", workshop.id().id(), period.start(), period.end()));
		return new AssignmentId(id);
	}

	/**
	 * Extends an assignment to a later end, with the limits checked again.
	 * @param furtherMonthsReason why the conditions for further months are met; only when
	 * the extension needs them
	 * @throws RuleViolation as {@link #assign}
	 * @throws OptimisticLockingFailureException when the assignment was changed since the
	 * version shown
	 */
	public void extend(AssignmentId id, int expectedVersion, LocalDate newEnd, String furtherMonthsReason,
			StaffMember viewer) {
		AssignmentRow row = deciding(id, viewer);
		if (newEnd == null) {
			throw new RuleViolation("endsOn", "workshop.rule.end-missing");
		}
		if (!newEnd.isAfter(row.endsOn())) {
			throw new RuleViolation("endsOn", "workshop.rule.extension-not-later", row.endsOn());
		}
		lockPerson(row.participantId());
		Period period = new Period(row.startsOn(), newEnd);
		List<AssignmentRow> record = ofPerson(row.participantId());
		refuseOverlap(record, period, row.id());
		String reason = checkLimits(record, period, row.id(), furtherMonthsReason, viewer);
		int written = this.jdbc.sql("""
				UPDATE work_assignment SET ends_on = :until, version = version + 1,
				    further_months_confirmed_by = COALESCE(:confirmedBy, further_months_confirmed_by),
				    further_months_reason = COALESCE(:reason, further_months_reason)
				WHERE id = :id AND version = :version
				""")
			.param("until", newEnd)
			.param("confirmedBy", (reason != null) ? viewer.username() : null)
			.param("reason", reason)
			.param("id", id.id())
			.param("version", expectedVersion)
			.update();
		if (written == 0) {
			throw new OptimisticLockingFailureException("Assignment " + id.id() + " was changed in the meantime");
		}
		this.audit.recordAction(WorkshopAccess.actor(viewer), AuditAction.UPDATE, SUBJECT_TYPE, row.participantId(),
				WorkshopAccess.purpose(viewer), AuditDetail.of("workshop.audit.extended", row.workshopId(), newEnd));
	}

	/**
	 * Records a day the person was away, with the reason.
	 * @throws RuleViolation when the day lies outside the assignment or in the future,
	 * the reason is missing, or the day is recorded already
	 */
	public void recordAbsence(AssignmentId id, LocalDate day, AbsenceReason reason, String note, StaffMember viewer) {
		AssignmentRow row = visible(id, viewer);
		if (day == null) {
			throw new RuleViolation("day", "workshop.rule.day-missing");
		}
		if (day.isBefore(row.startsOn()) || day.isAfter(row.endsOn())) {
			throw new RuleViolation("day", "workshop.rule.day-outside", row.startsOn(), row.endsOn());
		}
		if (day.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolation("day", "workshop.rule.day-in-future");
		}
		if (reason == null) {
			throw new RuleViolation("reason", "workshop.rule.reason-missing");
		}
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 500) {
			throw new RuleViolation("note", "workshop.rule.too-long", 500);
		}
		try {
			this.jdbc.sql("""
					INSERT INTO work_assignment_absence (id, assignment_id, absent_on, reason, note, recorded_by,
					                                     recorded_at)
					VALUES (:id, :assignment, :day, :reason, :note, :by, :now)
					""")
				.param("id", TimeOrderedIds.next())
				.param("assignment", id.id())
				.param("day", day)
				.param("reason", reason.name())
				.param("note", cleanNote)
				.param("by", viewer.username())
				.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("day", "workshop.rule.absence-twice", day);
		}
		this.audit.recordAction(WorkshopAccess.actor(viewer), AuditAction.UPDATE, SUBJECT_TYPE, row.participantId(),
				WorkshopAccess.purpose(viewer), AuditDetail.of("workshop.audit.absence", row.workshopId(), day));
	}

	/**
	 * Records a skill of the catalogue the person gained.
	 * @throws RuleViolation when the skill is not in the catalogue (or switched off), or
	 * recorded already
	 */
	public void recordSkill(AssignmentId id, String code, LocalDate gainedOn, StaffMember viewer) {
		AssignmentRow row = visible(id, viewer);
		if (this.workshops.skills(true).stream().noneMatch(skill -> skill.code().equals(code))) {
			throw new RuleViolation("skill", "workshop.rule.skill-unknown");
		}
		LocalDate day = (gainedOn != null) ? gainedOn : LocalDate.now(this.clock);
		if (day.isAfter(LocalDate.now(this.clock)) || day.isBefore(row.startsOn())) {
			throw new RuleViolation("gainedOn", "workshop.rule.skill-day", row.startsOn());
		}
		try {
			this.jdbc.sql("""
					INSERT INTO work_assignment_skill (assignment_id, skill_code, gained_on, recorded_by)
					VALUES (:assignment, :code, :day, :by)
					""")
				.param("assignment", id.id())
				.param("code", code)
				.param("day", day)
				.param("by", viewer.username())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("skill", "workshop.rule.skill-twice");
		}
		this.audit.recordAction(WorkshopAccess.actor(viewer), AuditAction.UPDATE, SUBJECT_TYPE, row.participantId(),
				WorkshopAccess.purpose(viewer), AuditDetail.of("workshop.audit.skill", row.workshopId(), code));
	}

	/**
	 * Records the next step agreed with the person at the end of the assignment.
	 * @throws RuleViolation when the step is missing or the viewer may not
	 * @throws OptimisticLockingFailureException when the assignment was changed since the
	 * version shown
	 */
	public void agreeNextStep(AssignmentId id, int expectedVersion, NextStep step, String note, StaffMember viewer) {
		AssignmentRow row = deciding(id, viewer);
		if (step == null) {
			throw new RuleViolation("nextStep", "workshop.rule.next-step-missing");
		}
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		if (cleanNote != null && cleanNote.length() > 1000) {
			throw new RuleViolation("note", "workshop.rule.too-long", 1000);
		}
		int written = this.jdbc.sql("""
				UPDATE work_assignment SET next_step = :step, next_step_note = :note, next_step_recorded_by = :by,
				    version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("step", step.name())
			.param("note", cleanNote)
			.param("by", viewer.username())
			.param("id", id.id())
			.param("version", expectedVersion)
			.update();
		if (written == 0) {
			throw new OptimisticLockingFailureException("Assignment " + id.id() + " was changed in the meantime");
		}
		this.audit.recordAction(WorkshopAccess.actor(viewer), AuditAction.UPDATE, SUBJECT_TYPE, row.participantId(),
				WorkshopAccess.purpose(viewer),
				AuditDetail.of("workshop.audit.next-step", row.workshopId(), AuditDetail.term(step.messageKey())));
	}

	/**
	 * One assignment as the viewer may see it; the read is audited.
	 * @return empty when there is no such assignment or the viewer may not see it
	 */
	public Optional<AssignmentView> assignment(AssignmentId id, StaffMember viewer) {
		return row(id).filter(row -> this.access.sees(viewer, row)).map(row -> {
			String name = this.participants
				.names(List.of(new ParticipantId(row.participantId())), WorkshopAccess.actor(viewer),
						WorkshopAccess.purpose(viewer))
				.getOrDefault(new ParticipantId(row.participantId()), "?");
			return view(row, name, viewer, true);
		});
	}

	/**
	 * The assignments of a workshop the viewer may see, the current and future first;
	 * reading the names is audited in one statement.
	 * @return never null
	 */
	@Transactional
	public List<AssignmentView> ofWorkshop(WorkshopId workshopId, StaffMember viewer) {
		List<AssignmentRow> rows = this.jdbc.sql(AssignmentRow.SELECT + " WHERE a.workshop_id = :workshop")
			.param("workshop", workshopId.id())
			.query(AssignmentRow::of)
			.list()
			.stream()
			.filter(row -> this.access.sees(viewer, row))
			.toList();
		Map<ParticipantId, String> names = this.participants.names(
				rows.stream().map(row -> new ParticipantId(row.participantId())).distinct().toList(),
				WorkshopAccess.actor(viewer), WorkshopAccess.purpose(viewer));
		return rows.stream()
			.map(row -> view(row, names.getOrDefault(new ParticipantId(row.participantId()), "?"), viewer, false))
			.sorted(Comparator.comparing(AssignmentView::endsOn).reversed().thenComparing(AssignmentView::personName))
			.toList();
	}

	/**
	 * The page of a workshop: the workshop, the assignments the viewer may see and what
	 * the viewer may do.
	 * @return empty when there is no such workshop
	 */
	public Optional<WorkshopPage> workshopPage(WorkshopId id, StaffMember viewer) {
		return this.workshops.workshop(id)
			.map(workshop -> new WorkshopPage(workshop, ofWorkshop(id, viewer), this.access.mayAssign(viewer),
					this.limits));
	}

	/**
	 * The page of an assignment: the assignment as the viewer may see it, the skills that
	 * can be recorded and whether the viewer reads allowance statements.
	 * @return empty when there is no such assignment or the viewer may not see it
	 */
	public Optional<AssignmentPage> assignmentPage(AssignmentId id, StaffMember viewer) {
		return assignment(id, viewer).map(assignment -> new AssignmentPage(assignment, this.workshops.skills(true),
				viewer.role() != Role.INSTRUCTOR));
	}

	private AssignmentView view(AssignmentRow row, String name, StaffMember viewer, boolean withDetails) {
		List<AssignmentView.Absence> absences = withDetails ? this.jdbc.sql("""
				SELECT absent_on, reason, note FROM work_assignment_absence WHERE assignment_id = :id
				ORDER BY absent_on DESC
				""")
			.param("id", row.id())
			.query((rs, n) -> new AssignmentView.Absence(rs.getObject("absent_on", LocalDate.class),
					AbsenceReason.valueOf(rs.getString("reason")), rs.getString("note")))
			.list() : List.of();
		List<AssignmentView.GainedSkill> skills = withDetails ? this.jdbc
			.sql("""
					SELECT s.code, s.name_de, s.name_en, g.gained_on FROM work_assignment_skill g
					JOIN workshop_skill s ON s.code = g.skill_code WHERE g.assignment_id = :id ORDER BY g.gained_on, s.name_de
					""")
			.param("id", row.id())
			.query((rs, n) -> new AssignmentView.GainedSkill(rs.getString("code"), rs.getString("name_de"),
					rs.getString("name_en"), rs.getObject("gained_on", LocalDate.class)))
			.list() : List.of();
		boolean decides = this.access.decides(viewer, row);
		return new AssignmentView(new AssignmentId(row.id()), row.version(), new WorkshopId(row.workshopId()),
				row.workshopName(), new ParticipantId(row.participantId()), name, row.startsOn(), row.endsOn(),
				row.weeklyHours(), decides ? row.furtherMonthsReason() : null, row.nextStep(), row.nextStepNote(),
				absences, skills, decides);
	}

	/**
	 * Checks the limits for the period and says which confirmation is on record.
	 * @return the reason for further months to store, or null when none are needed
	 */
	private String checkLimits(List<AssignmentRow> record, Period period, UUID except, String furtherMonthsReason,
			StaffMember viewer) {
		List<Period> others = record.stream()
			.filter(row -> !row.id().equals(except))
			.map(AssignmentRow::period)
			.toList();
		LimitVerdict verdict = this.policy.judge(others, period);
		String reason = (furtherMonthsReason == null || furtherMonthsReason.isBlank()) ? null
				: furtherMonthsReason.strip();
		switch (verdict.outcome()) {
			case WITHIN_LIMIT -> {
				return null;
			}
			case PAST_MOST -> throw new RuleViolation("endsOn", "workshop.rule.past-most", verdict.monthsUsed(),
					this.limits.mostMonths(), verdict.windowStart(), verdict.possibleFrom(), monthsLeft(verdict));
			default -> {
				if (reason == null || !this.access.mayConfirmFurtherMonths(viewer)) {
					throw new RuleViolation(reason == null ? "furtherMonthsReason" : "endsOn",
							this.access.mayConfirmFurtherMonths(viewer) ? "workshop.rule.needs-confirmation"
									: "workshop.rule.needs-jobcenter",
							verdict.monthsUsed(), this.limits.months(), verdict.windowStart(), verdict.possibleFrom(),
							monthsLeft(verdict), this.limits.mostMonths());
				}
				if (reason.length() > 1000) {
					throw new RuleViolation("furtherMonthsReason", "workshop.rule.too-long", 1000);
				}
				return reason;
			}
		}
	}

	private BigDecimal monthsLeft(LimitVerdict verdict) {
		return LimitVerdict
			.months(Math.max(0, this.limits.months() * AssignmentLimits.DAYS_PER_MONTH - verdict.daysUsed()));
	}

	private static void refuseOverlap(List<AssignmentRow> record, Period period, UUID except) {
		record.stream()
			.filter(row -> !row.id().equals(except))
			.filter(row -> !row.endsOn().isBefore(period.start()) && !period.end().isBefore(row.startsOn()))
			.findFirst()
			.ifPresent(row -> {
				throw new RuleViolation("startsOn", "workshop.rule.overlap", row.workshopName(), row.startsOn(),
						row.endsOn());
			});
	}

	private static Period period(LocalDate from, LocalDate until) {
		if (from == null) {
			throw new RuleViolation("startsOn", "workshop.rule.start-missing");
		}
		if (until == null) {
			throw new RuleViolation("endsOn", "workshop.rule.end-missing");
		}
		if (until.isBefore(from)) {
			throw new RuleViolation("endsOn", "workshop.rule.end-before-start");
		}
		return new Period(from, until);
	}

	private static BigDecimal weeklyHours(BigDecimal hours) {
		if (hours == null || hours.signum() <= 0 || hours.compareTo(MOST_WEEKLY_HOURS) > 0) {
			throw new RuleViolation("weeklyHours", "workshop.rule.weekly-hours", MOST_WEEKLY_HOURS);
		}
		return hours;
	}

	/** Two assignments of one person made at once are checked one after the other. */
	private void lockPerson(UUID person) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('work_assignment'), hashtext(CAST(:person AS text)))")
			.param("person", person)
			.query((rs, n) -> 1)
			.list();
	}

	private List<AssignmentRow> ofPerson(UUID person) {
		return this.jdbc.sql(AssignmentRow.SELECT + " WHERE a.participant_id = :person ORDER BY a.starts_on")
			.param("person", person)
			.query(AssignmentRow::of)
			.list();
	}

	private Optional<AssignmentRow> row(AssignmentId id) {
		return this.jdbc.sql(AssignmentRow.SELECT + " WHERE a.id = :id")
			.param("id", id.id())
			.query(AssignmentRow::of)
			.optional();
	}

	AssignmentRow visible(AssignmentId id, StaffMember viewer) {
		AssignmentRow row = row(id).orElseThrow(() -> new NotFound("workshop.assignment-not-found"));
		if (!this.access.sees(viewer, row)) {
			this.audit.recordRefusal(WorkshopAccess.actor(viewer), SUBJECT_TYPE, row.participantId(),
					WorkshopAccess.purpose(viewer), AuditDetail.of("workshop.audit.refused", row.workshopId()));
			throw new NotFound("workshop.assignment-not-found");
		}
		return row;
	}

	private AssignmentRow deciding(AssignmentId id, StaffMember viewer) {
		AssignmentRow row = visible(id, viewer);
		if (!this.access.decides(viewer, row)) {
			throw new RuleViolation(null, "workshop.rule.may-not-decide");
		}
		return row;
	}

}
