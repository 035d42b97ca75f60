package de.weitblick.participant.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFile;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the support plans (Förderpläne). Every change is checked against the case access
 * rules of the participant it belongs to and written to the audit trail.
 */
@Service
@Transactional
public class SupportPlans {

	public static final String SUBJECT_TYPE = "support-plan";

	private final CaseFileGuard guard;

	private final JdbcClient jdbc;

	private final SupportPlanRows rows;

	private final Clock clock;

	SupportPlans(CaseFileGuard guard, JdbcClient jdbc, SupportPlanRows rows, Clock clock) {
		this.guard = guard;
		this.jdbc = jdbc;
		this.rows = rows;
		this.clock = clock;
	}

	/**
	 * The plan of a participant the viewer may see. The read is audited with the case
	 * file that shows it, so it is not audited again here.
	 */
	@Transactional(readOnly = true)
	public SupportPlan of(ParticipantId id, StaffMember viewer) {
		this.guard.readable(id, viewer, CaseSection.PLAN);
		return this.rows.load(id);
	}

	/**
	 * The plan, shown with a case file the viewer has opened: its read decided the access
	 * and was audited.
	 * @throws NotFound when the case file's view leaves out the plan
	 */
	@Transactional(readOnly = true)
	public SupportPlan shownWith(CaseFile caseFile) {
		if (!caseFile.view().shows(CaseSection.PLAN)) {
			throw new NotFound("participant.not-found");
		}
		return this.rows.load(caseFile.participant().id());
	}

	/**
	 * The plan of a participant the viewer may see, read on its own (through the API):
	 * the read is audited.
	 * @throws NotFound when the viewer may not see the case or its view leaves out the
	 * plan
	 */
	@Transactional
	public SupportPlan read(ParticipantId id, StaffMember viewer) {
		this.guard.read(id, viewer, CaseSection.PLAN, SUBJECT_TYPE, AuditDetail.of("participant.audit.plan-read"));
		return this.rows.load(id);
	}

	/**
	 * The plan of the person signed in to the own area. The case file was found from the
	 * account ({@code OwnCases}), never from the request, so no further check applies;
	 * the caller audits the person's read.
	 * @param own the signed-in person with the own case file, must not be null
	 * @return the own plan, never null
	 */
	@Transactional(readOnly = true)
	public SupportPlan ofOwnCase(OwnCase own) {
		return this.rows.load(own.participant());
	}

	/**
	 * Sets a new goal.
	 * @return the goal's identifier
	 * @throws RuleViolation when the title is missing or too long
	 */
	public UUID addGoal(ParticipantId id, String title, String counsellorView, String participantWords,
			StaffMember viewer) {
		this.guard.changeable(id, viewer);
		String cleanTitle = required(title, "title", 200);
		UUID goalId = TimeOrderedIds.next();
		this.jdbc
			.sql("""
					INSERT INTO plan_goal (id, participant_id, title, counsellor_view, participant_words, status, created_at, updated_at)
					VALUES (:id, :participant, :title, :view, :words, 'OPEN', :now, :now)
					""")
			.param("id", goalId)
			.param("participant", id.id())
			.param("title", cleanTitle)
			.param("view", blankToNull(counsellorView))
			.param("words", blankToNull(participantWords))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.guard.audit(viewer, AuditAction.CREATE, SUBJECT_TYPE, id, AuditDetail.of("participant.audit.goal-added"));
		return goalId;
	}

	/**
	 * Plans a step towards a goal.
	 * @throws RuleViolation when the description is missing or the day lies in the past
	 */
	public UUID addStep(ParticipantId id, UUID goalId, String description, StepResponsibility responsible,
			LocalDate dueOn, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		this.rows.goalOf(id, goalId);
		String cleanDescription = required(description, "description", 500);
		if (responsible == null) {
			throw new RuleViolation("responsible", "participant.plan.rule.responsible");
		}
		if (dueOn != null && dueOn.isBefore(LocalDate.now(this.clock))) {
			throw new RuleViolation("dueOn", "participant.plan.rule.due-in-past");
		}
		UUID stepId = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO plan_step (id, goal_id, description, responsible, due_on, status, created_at, updated_at)
				VALUES (:id, :goal, :description, :responsible, :dueOn, 'OPEN', :now, :now)
				""")
			.param("id", stepId)
			.param("goal", goalId)
			.param("description", cleanDescription)
			.param("responsible", responsible.name())
			.param("dueOn", dueOn)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.guard.audit(viewer, AuditAction.UPDATE, SUBJECT_TYPE, id, AuditDetail.of("participant.audit.step-added"));
		return stepId;
	}

	/**
	 * Changes what a goal says.
	 * @param expectedVersion the version of the goal the viewer read
	 * @throws RuleViolation when the title is missing or too long
	 * @throws OptimisticLockingFailureException when the goal changed in the meantime
	 */
	public void changeGoal(ParticipantId id, UUID goalId, int expectedVersion, String title, String counsellorView,
			String participantWords, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		this.rows.goalOf(id, goalId);
		String cleanTitle = required(title, "title", 200);
		int changed = this.jdbc.sql("""
				UPDATE plan_goal SET title = :title, counsellor_view = :view, participant_words = :words,
				    version = version + 1, updated_at = :now
				WHERE id = :goal AND version = :expected
				""")
			.param("title", cleanTitle)
			.param("view", blankToNull(counsellorView))
			.param("words", blankToNull(participantWords))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("goal", goalId)
			.param("expected", expectedVersion)
			.update();
		stale(changed, "goal", goalId);
		this.guard.audit(viewer, AuditAction.UPDATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.goal-changed"));
	}

	/**
	 * Changes what a step says: what, who and by when.
	 * @param expectedVersion the version of the step the viewer read
	 * @throws RuleViolation when the description or the responsibility is missing, or a
	 * new day lies in the past
	 * @throws OptimisticLockingFailureException when the step changed in the meantime
	 */
	public void changeStep(ParticipantId id, UUID stepId, int expectedVersion, String description,
			StepResponsibility responsible, LocalDate dueOn, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		LocalDate storedDueOn = this.jdbc.sql("""
				SELECT s.due_on FROM plan_step s JOIN plan_goal g ON g.id = s.goal_id
				WHERE s.id = :step AND g.participant_id = :participant
				""")
			.param("step", stepId)
			.param("participant", id.id())
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject("due_on", LocalDate.class)))
			.optional()
			.orElseThrow(() -> new NotFound("participant.plan.not-found"))
			.orElse(null);
		String cleanDescription = required(description, "description", 500);
		if (responsible == null) {
			throw new RuleViolation("responsible", "participant.plan.rule.responsible");
		}
		// A day already passed may stay as it was; a new one must lie ahead.
		if (dueOn != null && !dueOn.equals(storedDueOn) && dueOn.isBefore(LocalDate.now(this.clock))) {
			throw new RuleViolation("dueOn", "participant.plan.rule.due-in-past");
		}
		int changed = this.jdbc.sql("""
				UPDATE plan_step SET description = :description, responsible = :responsible, due_on = :dueOn,
				    version = version + 1, updated_at = :now
				WHERE id = :step AND version = :expected
				""")
			.param("description", cleanDescription)
			.param("responsible", responsible.name())
			.param("dueOn", dueOn)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("step", stepId)
			.param("expected", expectedVersion)
			.update();
		stale(changed, "step", stepId);
		this.guard.audit(viewer, AuditAction.UPDATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.step-changed"));
	}

	/**
	 * Marks a step done, dropped or open again.
	 */
	public void setStepStatus(ParticipantId id, UUID stepId, StepStatus status, StaffMember viewer) {
		setStepStatus(id, stepId, null, status, viewer);
	}

	/**
	 * Marks a step done, dropped or open again, unless it changed since the viewer read
	 * it.
	 * @param expectedVersion the version the viewer read, or null to take the step as it
	 * is
	 * @throws OptimisticLockingFailureException when the step changed in the meantime
	 */
	public void setStepStatus(ParticipantId id, UUID stepId, Integer expectedVersion, StepStatus status,
			StaffMember viewer) {
		this.guard.changeable(id, viewer);
		int changed = this.jdbc.sql("""
				UPDATE plan_step s SET status = :status, version = s.version + 1, updated_at = :now
				FROM plan_goal g WHERE s.id = :step AND s.goal_id = g.id AND g.participant_id = :participant
				  AND (CAST(:expected AS integer) IS NULL OR s.version = :expected)
				""")
			.param("status", status.name())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("step", stepId)
			.param("participant", id.id())
			.param("expected", expectedVersion)
			.update();
		if (changed == 0) {
			if (!this.rows.hasStep(id, stepId)) {
				throw new NotFound("participant.plan.not-found");
			}
			stale(changed, "step", stepId);
		}
		this.guard.audit(viewer, AuditAction.UPDATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.step-status", AuditDetail.term(status.messageKey())));
	}

	/**
	 * Changes where a goal stands.
	 */
	public void setGoalStatus(ParticipantId id, UUID goalId, GoalStatus status, StaffMember viewer) {
		setGoalStatus(id, goalId, null, status, viewer);
	}

	/**
	 * Changes where a goal stands, unless it changed since the viewer read it.
	 * @param expectedVersion the version the viewer read, or null to take the goal as it
	 * is
	 * @throws OptimisticLockingFailureException when the goal changed in the meantime
	 */
	public void setGoalStatus(ParticipantId id, UUID goalId, Integer expectedVersion, GoalStatus status,
			StaffMember viewer) {
		this.guard.changeable(id, viewer);
		this.rows.goalOf(id, goalId);
		int changed = this.jdbc.sql("""
				UPDATE plan_goal SET status = :status, version = version + 1, updated_at = :now
				WHERE id = :goal AND (CAST(:expected AS integer) IS NULL OR version = :expected)
				""")
			.param("status", status.name())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("goal", goalId)
			.param("expected", expectedVersion)
			.update();
		stale(changed, "goal", goalId);
		this.guard.audit(viewer, AuditAction.UPDATE, SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.goal-status", AuditDetail.term(status.messageKey())));
	}

	private static void stale(int changed, String what, UUID rowId) {
		if (changed == 0) {
			throw new OptimisticLockingFailureException("The " + what + " " + rowId + " was changed in the meantime");
		}
	}

	private static String required(String value, String field, int maximumLength) {
		if (value == null || value.isBlank()) {
			throw new RuleViolation(field, "participant.plan.rule." + field + "-required");
		}
		if (value.strip().length() > maximumLength) {
			throw new RuleViolation(field, "participant.validation.too-long");
		}
		return value.strip();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
