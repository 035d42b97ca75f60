package de.weitblick.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.strategy.GoalFigures;
import de.weitblick.strategy.GoalIndicator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the strategy module which projects there are and how many people the projects
 * serving a goal reached: who began taking part in a year, and who left in a year for a
 * job or an apprenticeship, by the focus groups the person belonged to when referred.
 */
@Component
@Transactional(readOnly = true)
class ProjectsServingGoals implements GoalFigures {

	private final JdbcClient jdbc;

	ProjectsServingGoals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ServingProject> projects() {
		return this.jdbc.sql("SELECT id, name FROM project ORDER BY name")
			.query((rs, n) -> new ServingProject(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	@Override
	public Map<Integer, Integer> count(GoalIndicator indicator, Set<UUID> projectIds, FocusGroupCode focusGroup,
			int fromYear, int toYear) {
		Map<Integer, Integer> counts = new HashMap<>();
		if (projectIds.isEmpty() || !indicator.computed()) {
			return counts;
		}
		String sql = switch (indicator) {
			case PEOPLE_REACHED ->
				"""
						SELECT CAST(extract(year FROM e.started_on) AS integer) AS year, count(DISTINCT e.participant_id) AS people
						FROM enrolment e
						WHERE e.project_id IN (:projects) AND e.started_on IS NOT NULL AND e.status <> 'MERGED'
						  AND e.started_on BETWEEN make_date(:from, 1, 1) AND make_date(:to, 12, 31)
						  AND (CAST(:group AS varchar) IS NULL OR :group = ANY (string_to_array(e.focus_groups, ',')))
						GROUP BY 1
						""";
			case EXITS_INTO_WORK ->
				"""
						SELECT CAST(extract(year FROM e.ended_on) AS integer) AS year, count(DISTINCT e.participant_id) AS people
						FROM enrolment e JOIN enrolment_outcome o ON o.enrolment_id = e.id
						WHERE e.project_id IN (:projects) AND e.status <> 'MERGED'
						  AND o.exit_outcome IN ('EMPLOYMENT', 'APPRENTICESHIP')
						  AND e.ended_on BETWEEN make_date(:from, 1, 1) AND make_date(:to, 12, 31)
						  AND (CAST(:group AS varchar) IS NULL OR :group = ANY (string_to_array(e.focus_groups, ',')))
						GROUP BY 1
						""";
			default -> throw new IllegalArgumentException(indicator + " is not counted");
		};
		this.jdbc.sql(sql)
			.param("projects", projectIds)
			.param("from", fromYear)
			.param("to", toYear)
			.param("group", (focusGroup != null) ? focusGroup.name() : null)
			.query((rs, n) -> counts.put(rs.getInt("year"), rs.getInt("people")))
			.list();
		return counts;
	}

}
