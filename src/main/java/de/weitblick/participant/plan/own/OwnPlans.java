package de.weitblick.participant.plan.own;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.Participant;
import de.weitblick.participant.persistence.ParticipantRepository;
import de.weitblick.participant.plan.PlanPage;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.StepStatus;
import de.weitblick.participant.plan.SupportPlan;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.participant.portal.OwnCases;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own plan in the own area (Mein Bereich): reading it, writing the own words
 * next to a goal, marking an own step done, agreeing to the plan, and printing it. The
 * case file always comes from the account ({@link OwnCases}); a goal or step of another
 * person is refused and audited, as is a step the person does not do. Every read and
 * change is audited, and every change is kept for the team to see
 * ({@link OwnPlanChanges}).
 */
@Service
@Transactional
public class OwnPlans {

	private final SupportPlans plans;

	private final OwnCases ownCases;

	private final OwnChangeLog log;

	private final ParticipantRepository participants;

	private final OrganisationManagement organisation;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	OwnPlans(SupportPlans plans, OwnCases ownCases, OwnChangeLog log, ParticipantRepository participants,
			OrganisationManagement organisation, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.ownCases = ownCases;
		this.log = log;
		this.participants = participants;
		this.organisation = organisation;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param own the signed-in person, must not be null
	 * @return the own plan, never null; the read is audited
	 */
	public OwnPlan read(OwnCase own) {
		this.audit.recordAction(own.actor(), AuditAction.READ, SupportPlans.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.plan-read"));
		return ownPlan(own, this.plans.ofOwnCase(own));
	}

	/**
	 * Writes, changes or clears the own words next to a goal.
	 * @param goalId one of the person's own goals
	 * @param expectedVersion the version of the goal the person read
	 * @param ownWords the words, trimmed; blank clears them
	 * @throws NotFound when the goal is not the person's own; audited
	 * @throws RuleViolation when the words are too long
	 * @throws OptimisticLockingFailureException when the goal changed since it was read
	 */
	public void changeOwnWords(OwnCase own, UUID goalId, int expectedVersion, String ownWords) {
		boolean ownGoal = this.jdbc
			.sql("SELECT count(*) FROM plan_goal WHERE id = :goal AND participant_id = :participant")
			.param("goal", goalId)
			.param("participant", own.participant().id())
			.query(Integer.class)
			.single() == 1;
		if (!ownGoal) {
			throw this.ownCases.refuse(own, SupportPlans.SUBJECT_TYPE, goalId);
		}
		String words = (ownWords == null || ownWords.isBlank()) ? null : ownWords.strip();
		if (words != null && words.length() > OwnPlan.OWN_WORDS_MAXIMUM) {
			throw new RuleViolation("ownWords", "participant.portal.plan.rule.own-words-too-long",
					OwnPlan.OWN_WORDS_MAXIMUM);
		}
		int changed = this.jdbc.sql("""
				UPDATE plan_goal SET participant_words = :words, version = version + 1, updated_at = :now
				WHERE id = :goal AND participant_id = :participant AND version = :expected
				""")
			.param("words", words)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("goal", goalId)
			.param("participant", own.participant().id())
			.param("expected", expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("The goal " + goalId + " was changed in the meantime");
		}
		this.log.record(own.participant(), OwnChangeKind.OWN_WORDS, goalId, null, null);
		this.audit.recordAction(own.actor(), AuditAction.UPDATE, SupportPlans.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.own-words-changed"));
	}

	/**
	 * Marks one of the person's own steps done.
	 * @param stepId a step of the person's own plan that the person does
	 * @param expectedVersion the version of the step the person read
	 * @throws NotFound when the step is not the person's own; audited
	 * @throws RuleViolation when somebody else does the step (audited), or it is not open
	 * @throws OptimisticLockingFailureException when the step changed since it was read
	 */
	public void markStepDone(OwnCase own, UUID stepId, int expectedVersion) {
		record Found(StepResponsibility responsible, StepStatus status) {
		}
		Found step = this.jdbc.sql("""
				SELECT s.responsible, s.status FROM plan_step s JOIN plan_goal g ON g.id = s.goal_id
				WHERE s.id = :step AND g.participant_id = :participant
				""")
			.param("step", stepId)
			.param("participant", own.participant().id())
			.query((rs, n) -> new Found(StepResponsibility.valueOf(rs.getString("responsible")),
					StepStatus.valueOf(rs.getString("status"))))
			.optional()
			.orElseThrow(() -> this.ownCases.refuse(own, SupportPlans.SUBJECT_TYPE, stepId));
		if (step.responsible() != StepResponsibility.PARTICIPANT) {
			this.audit.recordRefusal(own.actor(), SupportPlans.SUBJECT_TYPE, own.participant().id(), OwnCase.PURPOSE,
					AuditDetail.of("participant.portal.audit.refused.not-own-step"));
			throw new RuleViolation("step", "participant.portal.plan.rule.not-own-step");
		}
		if (step.status() != StepStatus.OPEN) {
			throw new RuleViolation("step", "participant.portal.plan.rule.step-not-open");
		}
		int changed = this.jdbc.sql("""
				UPDATE plan_step SET status = 'DONE', version = version + 1, updated_at = :now
				WHERE id = :step AND version = :expected AND status = 'OPEN'
				""")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("step", stepId)
			.param("expected", expectedVersion)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("The step " + stepId + " was changed in the meantime");
		}
		this.log.record(own.participant(), OwnChangeKind.STEP_DONE, null, stepId, null);
		this.audit.recordAction(own.actor(), AuditAction.UPDATE, SupportPlans.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.step-done"));
	}

	/**
	 * Records that the person agrees to the plan as read.
	 * @param planVersion the version of the plan the person read
	 * @return the agreement, never null
	 * @throws RuleViolation when the version is missing or the plan has no goal yet
	 * @throws OptimisticLockingFailureException when the plan changed since it was read
	 */
	public PlanAgreement agree(OwnCase own, String planVersion) {
		if (planVersion == null || planVersion.isBlank()) {
			throw new RuleViolation("planVersion", "participant.portal.plan.rule.version-required");
		}
		SupportPlan plan = this.plans.ofOwnCase(own);
		if (plan.isEmpty()) {
			throw new RuleViolation(null, "participant.portal.plan.rule.nothing-to-agree");
		}
		String current = PlanVersion.of(plan);
		if (!current.equals(planVersion.strip())) {
			throw new OptimisticLockingFailureException("The plan was changed since it was read");
		}
		var before = this.log.latestAgreement(own.participant(), current);
		if (before.isPresent() && before.get().current()) {
			return before.get();
		}
		var agreedAt = this.log.record(own.participant(), OwnChangeKind.AGREED, null, null, current);
		this.audit.recordAction(own.actor(), AuditAction.UPDATE, SupportPlans.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.plan-agreed"));
		return new PlanAgreement(agreedAt, current, true);
	}

	/**
	 * @return the own plan to print as the team prints it (the same PDF), with the
	 * responsible counsellor's name; the export is audited
	 */
	public PlanPage printable(OwnCase own) {
		Participant participant = this.participants.findById(own.participant().id())
			.orElseThrow(() -> new NotFound("participant.not-found"));
		String counsellor = this.organisation.staffMember(participant.counsellorId())
			.map(StaffMember::displayName)
			.orElse("–");
		this.audit.recordAction(own.actor(), AuditAction.EXPORT, SupportPlans.SUBJECT_TYPE, own.participant().id(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.plan-printed"));
		return new PlanPage(participant, this.plans.ofOwnCase(own), counsellor, LocalDate.now(this.clock));
	}

	private OwnPlan ownPlan(OwnCase own, SupportPlan plan) {
		LocalDate today = LocalDate.now(this.clock);
		String version = PlanVersion.of(plan);
		return new OwnPlan(plan.goals()
			.stream()
			.map(goal -> new OwnPlan.OwnGoal(goal.id(), goal.title(), goal.counsellorView(), goal.participantWords(),
					goal.status(), goal.version(),
					goal.steps()
						.stream()
						.map(step -> new OwnPlan.OwnStep(step.id(), step.description(), step.responsible(),
								step.dueOn(), step.status(), step.version(),
								step.responsible() == StepResponsibility.PARTICIPANT, step.isOverdue(today)))
						.toList()))
			.toList(), version, this.log.latestAgreement(own.participant(), version).orElse(null), today);
	}

}
