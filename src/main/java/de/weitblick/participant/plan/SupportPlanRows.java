package de.weitblick.participant.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the rows of a support plan, for callers that have already checked the access.
 */
@Component
class SupportPlanRows {

	private final JdbcClient jdbc;

	SupportPlanRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the goals with their steps, in the order they were set; never null
	 */
	SupportPlan load(ParticipantId id) {
		Map<UUID, List<SupportPlan.Step>> steps = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT s.id, s.goal_id, s.description, s.responsible, s.due_on, s.status, s.version FROM plan_step s
				JOIN plan_goal g ON g.id = s.goal_id WHERE g.participant_id = :participant ORDER BY s.created_at, s.id
				""").param("participant", id.id()).query((rs, n) -> {
			steps.computeIfAbsent(rs.getObject("goal_id", UUID.class), goal -> new ArrayList<>())
				.add(new SupportPlan.Step(rs.getObject("id", UUID.class), rs.getString("description"),
						StepResponsibility.valueOf(rs.getString("responsible")),
						rs.getObject("due_on", LocalDate.class), StepStatus.valueOf(rs.getString("status")),
						rs.getInt("version")));
			return null;
		}).list();
		List<SupportPlan.Goal> goals = this.jdbc.sql("""
				SELECT id, title, counsellor_view, participant_words, status, version FROM plan_goal
				WHERE participant_id = :participant ORDER BY created_at, id
				""")
			.param("participant", id.id())
			.query((rs, n) -> new SupportPlan.Goal(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("counsellor_view"), rs.getString("participant_words"),
					GoalStatus.valueOf(rs.getString("status")),
					List.copyOf(steps.getOrDefault(rs.getObject("id", UUID.class), List.of())), rs.getInt("version")))
			.list();
		return new SupportPlan(goals);
	}

	/**
	 * @throws NotFound when the goal is not one of the participant's
	 */
	void goalOf(ParticipantId id, UUID goalId) {
		boolean belongs = this.jdbc
			.sql("SELECT count(*) FROM plan_goal WHERE id = :goal AND participant_id = :participant")
			.param("goal", goalId)
			.param("participant", id.id())
			.query(Integer.class)
			.single() == 1;
		if (!belongs) {
			throw new NotFound("participant.plan.not-found");
		}
	}

	boolean hasStep(ParticipantId id, UUID stepId) {
		return this.jdbc.sql("""
				SELECT count(*) FROM plan_step s JOIN plan_goal g ON g.id = s.goal_id
				WHERE s.id = :step AND g.participant_id = :participant
				""").param("step", stepId).param("participant", id.id()).query(Integer.class).single() == 1;
	}

}
