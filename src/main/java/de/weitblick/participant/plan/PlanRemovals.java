package de.weitblick.participant.plan;

import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.shared.NotFound;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes goals and steps from a plan, each based on the version the viewer read: a goal
 * goes with its steps; every removal is written to the audit trail with what was removed.
 */
@Service
@Transactional
public class PlanRemovals {

	private final CaseFileGuard guard;

	private final JdbcClient jdbc;

	PlanRemovals(CaseFileGuard guard, JdbcClient jdbc) {
		this.guard = guard;
		this.jdbc = jdbc;
	}

	/**
	 * Removes a goal and its steps.
	 * @param expectedVersion the version of the goal the viewer read
	 * @throws NotFound when the case holds no such goal
	 * @throws OptimisticLockingFailureException when it changed in the meantime
	 */
	public void removeGoal(ParticipantId id, UUID goalId, int expectedVersion, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		String title = this.jdbc.sql("""
				DELETE FROM plan_goal WHERE id = :goal AND participant_id = :participant AND version = :expected
				RETURNING title
				""")
			.param("goal", goalId)
			.param("participant", id.id())
			.param("expected", expectedVersion)
			.query(String.class)
			.optional()
			.orElseThrow(() -> staleOrMissing(
					"SELECT count(*) FROM plan_goal WHERE id = :row " + "AND participant_id = :participant", id,
					goalId));
		this.guard.audit(viewer, AuditAction.ERASE, SupportPlans.SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.goal-removed", title));
	}

	/**
	 * Removes a step.
	 * @param expectedVersion the version of the step the viewer read
	 * @throws NotFound when the case holds no such step
	 * @throws OptimisticLockingFailureException when it changed in the meantime
	 */
	public void removeStep(ParticipantId id, UUID stepId, int expectedVersion, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		String description = this.jdbc.sql("""
				DELETE FROM plan_step s USING plan_goal g
				WHERE s.id = :step AND g.id = s.goal_id AND g.participant_id = :participant AND s.version = :expected
				RETURNING s.description
				""")
			.param("step", stepId)
			.param("participant", id.id())
			.param("expected", expectedVersion)
			.query(String.class)
			.optional()
			.orElseThrow(() -> staleOrMissing("SELECT count(*) FROM plan_step s JOIN plan_goal g ON g.id = s.goal_id "
					+ "WHERE s.id = :row AND g.participant_id = :participant", id, stepId));
		this.guard.audit(viewer, AuditAction.ERASE, SupportPlans.SUBJECT_TYPE, id,
				AuditDetail.of("participant.audit.step-removed", description));
	}

	private RuntimeException staleOrMissing(String count, ParticipantId id, UUID rowId) {
		boolean exists = this.jdbc.sql(count)
			.param("row", rowId)
			.param("participant", id.id())
			.query(Integer.class)
			.single() > 0;
		return exists ? new OptimisticLockingFailureException("Plan entry " + rowId + " changed in the meantime")
				: new NotFound("participant.plan.not-found");
	}

}
