package de.weitblick.project.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.Enrolment;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.EnrolmentStatus;
import de.weitblick.project.Enrolments;
import de.weitblick.project.OutcomeKind;
import de.weitblick.project.Project;
import de.weitblick.project.access.ProjectAccessPolicy;
import de.weitblick.project.persistence.EnrolmentRepository;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcomes on leaving and the follow-up six months later (Verbleib, Nachbefragung), the
 * figures the ESF Plus result indicators ({@link ResultIndicator}) are counted from. The
 * project's lead records them; the person's counsellor reads them. The follow-up falls
 * due six months after the exit and may be made from two weeks before, so that a call
 * planned for that week counts. Every read and change is audited under the person.
 */
@Service
@Transactional
public class Outcomes {

	/** The ESF Plus longer-term result indicators ask for the situation then. */
	public static final Period FOLLOW_UP_AFTER = Period.ofMonths(6);

	/** How long before it falls due a follow-up may be made. */
	public static final int FOLLOW_UP_EARLY_DAYS = 14;

	static final Set<EnrolmentStatus> EXITS = EnumSet.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.DROPPED_OUT,
			EnrolmentStatus.TRANSFERRED);

	private final EnrolmentRepository enrolments;

	private final ProjectRepository projects;

	private final ParticipantDirectory participants;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	Outcomes(EnrolmentRepository enrolments, ProjectRepository projects, ParticipantDirectory participants,
			AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.enrolments = enrolments;
		this.projects = projects;
		this.participants = participants;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The outcome of one enrolment, for the project's lead and the person's counsellor.
	 * @return empty when none is recorded, there is no such enrolment or the viewer may
	 * not see it
	 */
	public Optional<Outcome> of(EnrolmentId id, StaffMember viewer) {
		Enrolment enrolment = this.enrolments.findById(id.id()).orElse(null);
		if (enrolment == null) {
			return Optional.empty();
		}
		Project project = this.projects.findById(enrolment.projectId().id()).orElseThrow();
		if (!ProjectAccessPolicy.maySeePerson(viewer, project, enrolment.responsibleUnitId())) {
			return Optional.empty();
		}
		Optional<Outcome> outcome = find(id);
		outcome.ifPresent(found -> this.audit.recordAction(Enrolments.actor(viewer), AuditAction.READ,
				Enrolments.SUBJECT_TYPE, enrolment.participantId(), AccessPurpose.PROJECT_WORK,
				AuditDetail.of("project.audit.outcome-read", project.id().id())));
		return outcome;
	}

	/**
	 * Records or corrects the outcome on leaving.
	 * @param expectedVersion the version shown, or null when none was recorded yet
	 * @throws NotFound when there is no such enrolment or the viewer may not see it
	 * @throws RuleViolation when the person has not left, the kind is missing or not
	 * possible on leaving, or the viewer is not the project's lead
	 * @throws OptimisticLockingFailureException when somebody recorded it in the meantime
	 */
	public void recordExit(EnrolmentId id, Integer expectedVersion, ExitOutcome outcome, StaffMember viewer) {
		Enrolment enrolment = changeable(id, viewer);
		check(outcome);
		var now = this.clock.instant().atOffset(ZoneOffset.UTC);
		int written;
		if (expectedVersion == null) {
			written = insert(enrolment, outcome, viewer.username(), now);
		}
		else {
			written = this.jdbc.sql("""
					UPDATE enrolment_outcome SET exit_outcome = :kind, job_searching = :searching,
					    qualification_gained = :qualification, exit_note = :note, exit_recorded_by = :by,
					    exit_recorded_at = :now, version = version + 1
					WHERE enrolment_id = :id AND version = :version
					""")
				.param("kind", outcome.kind().name())
				.param("searching", outcome.jobSearching())
				.param("qualification", outcome.qualificationGained())
				.param("note", blankToNull(outcome.note()))
				.param("by", viewer.username())
				.param("now", now)
				.param("id", id.id())
				.param("version", expectedVersion)
				.update();
		}
		if (written == 0) {
			throw new OptimisticLockingFailureException("The outcome of " + id.id() + " was changed in the meantime");
		}
		this.audit.recordAction(Enrolments.actor(viewer), AuditAction.UPDATE, Enrolments.SUBJECT_TYPE,
				enrolment.participantId(), AccessPurpose.PROJECT_WORK, AuditDetail.of("project.audit.outcome",
						enrolment.projectId().id(), AuditDetail.term(outcome.kind().messageKey())));
	}

	/**
	 * Records the outcome together with the exit, in the exit's transaction.
	 */
	public void recordWithExit(Enrolment enrolment, ExitOutcome outcome, StaffMember viewer) {
		check(outcome);
		if (insert(enrolment, outcome, viewer.username(), this.clock.instant().atOffset(ZoneOffset.UTC)) == 0) {
			throw new OptimisticLockingFailureException(
					"The outcome of " + enrolment.id().id() + " was recorded in the meantime");
		}
		this.audit.recordAction(Enrolments.actor(viewer), AuditAction.CREATE, Enrolments.SUBJECT_TYPE,
				enrolment.participantId(), AccessPurpose.PROJECT_WORK, AuditDetail.of("project.audit.outcome",
						enrolment.projectId().id(), AuditDetail.term(outcome.kind().messageKey())));
	}

	/**
	 * Records or corrects the follow-up six months after leaving.
	 * @param expectedVersion the version of the outcome shown
	 * @param on the day the situation was found out: not before two weeks before the
	 * follow-up falls due, and not after today
	 * @throws RuleViolation when no outcome on leaving is recorded, the day is out of
	 * order, or the viewer is not the project's lead
	 */
	public void recordFollowUp(EnrolmentId id, int expectedVersion, OutcomeKind status, LocalDate on, String note,
			StaffMember viewer) {
		Enrolment enrolment = changeable(id, viewer);
		Outcome outcome = find(id)
			.orElseThrow(() -> new RuleViolation(null, "outcome.rule.follow-up-needs-exit-outcome"));
		if (status == null) {
			throw new RuleViolation("status", "outcome.rule.status-missing");
		}
		if (on == null) {
			throw new RuleViolation("date", "outcome.rule.date-missing");
		}
		if (on.isBefore(enrolment.endedOn())) {
			throw new RuleViolation("date", "outcome.rule.follow-up-before-exit", enrolment.endedOn());
		}
		LocalDate earliest = followUpOpensOn(outcome.followUpDueOn());
		if (on.isBefore(earliest)) {
			throw new RuleViolation("date", "outcome.rule.follow-up-too-early", outcome.followUpDueOn(), earliest);
		}
		if (on.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolation("date", "outcome.rule.date-in-future");
		}
		checkNote(note);
		int written = this.jdbc.sql("""
				UPDATE enrolment_outcome SET follow_up_status = :status, follow_up_on = :on, follow_up_note = :note,
				    follow_up_recorded_by = :by, follow_up_recorded_at = :now, version = version + 1
				WHERE enrolment_id = :id AND version = :version
				""")
			.param("status", status.name())
			.param("on", on)
			.param("note", blankToNull(note))
			.param("by", viewer.username())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id.id())
			.param("version", expectedVersion)
			.update();
		if (written == 0) {
			throw new OptimisticLockingFailureException("The outcome of " + id.id() + " was changed in the meantime");
		}
		this.audit.recordAction(Enrolments.actor(viewer), AuditAction.UPDATE, Enrolments.SUBJECT_TYPE,
				enrolment.participantId(), AccessPurpose.PROJECT_WORK, AuditDetail.of("project.audit.follow-up",
						enrolment.projectId().id(), AuditDetail.term(status.messageKey())));
	}

	/**
	 * The first day a follow-up may be recorded on.
	 * @param dueOn the day it falls due
	 */
	public static LocalDate followUpOpensOn(LocalDate dueOn) {
		return dueOn.minusDays(FOLLOW_UP_EARLY_DAYS);
	}

	/**
	 * The same rule as {@link #followUpOpensOn} turned round, for queries: the follow-ups
	 * due on this day or before may be recorded today.
	 */
	public static LocalDate openFollowUpsDueBy(LocalDate today) {
		return today.plusDays(FOLLOW_UP_EARLY_DAYS);
	}

	private Enrolment changeable(EnrolmentId id, StaffMember viewer) {
		Enrolment enrolment = this.enrolments.findById(id.id()).orElseThrow(() -> new NotFound("enrolment.not-found"));
		Project project = this.projects.findById(enrolment.projectId().id()).orElseThrow();
		if (!ProjectAccessPolicy.maySeePerson(viewer, project, enrolment.responsibleUnitId())) {
			throw new NotFound("enrolment.not-found");
		}
		if (!ProjectAccessPolicy.mayRunEnrolments(viewer, project)) {
			throw new RuleViolation(null, "outcome.rule.may-not-record");
		}
		if (!EXITS.contains(enrolment.status())) {
			throw new RuleViolation(null, "outcome.rule.not-left");
		}
		return enrolment;
	}

	private static void check(ExitOutcome outcome) {
		if (outcome == null || outcome.kind() == null) {
			throw new RuleViolation("outcome", "outcome.rule.kind-missing");
		}
		if (!outcome.kind().possibleOnExit()) {
			throw new RuleViolation("outcome", "outcome.rule.not-on-exit");
		}
		checkNote(outcome.note());
	}

	private static void checkNote(String note) {
		if (note != null && note.strip().length() > 1000) {
			throw new RuleViolation("note", "project.validation.too-long");
		}
	}

	private int insert(Enrolment enrolment, ExitOutcome outcome, String by, OffsetDateTime now) {
		return this.jdbc.sql("""
				INSERT INTO enrolment_outcome (enrolment_id, version, exit_outcome, job_searching,
				    qualification_gained, exit_note, exit_recorded_by, exit_recorded_at, follow_up_due_on)
				VALUES (:id, 0, :kind, :searching, :qualification, :note, :by, :now, :due)
				ON CONFLICT (enrolment_id) DO NOTHING
				""")
			.param("id", enrolment.id().id())
			.param("kind", outcome.kind().name())
			.param("searching", outcome.jobSearching())
			.param("qualification", outcome.qualificationGained())
			.param("note", blankToNull(outcome.note()))
			.param("by", by)
			.param("now", now)
			.param("due", enrolment.endedOn().plus(FOLLOW_UP_AFTER))
			.update();
	}

	private Optional<Outcome> find(EnrolmentId id) {
		return this.jdbc.sql("""
				SELECT enrolment_id, version, exit_outcome, job_searching, qualification_gained, exit_note,
				       exit_recorded_by, exit_recorded_at, follow_up_due_on, follow_up_status, follow_up_on,
				       follow_up_note, follow_up_recorded_by
				FROM enrolment_outcome WHERE enrolment_id = :id
				""")
			.param("id", id.id())
			.query((rs, n) -> new Outcome(id, rs.getInt("version"), OutcomeKind.valueOf(rs.getString("exit_outcome")),
					rs.getBoolean("job_searching"), rs.getBoolean("qualification_gained"), rs.getString("exit_note"),
					rs.getString("exit_recorded_by"),
					rs.getObject("exit_recorded_at", OffsetDateTime.class).toInstant(),
					rs.getObject("follow_up_due_on", LocalDate.class),
					(rs.getString("follow_up_status") != null) ? OutcomeKind.valueOf(rs.getString("follow_up_status"))
							: null,
					rs.getObject("follow_up_on", LocalDate.class), rs.getString("follow_up_note"),
					rs.getString("follow_up_recorded_by")))
			.optional();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
