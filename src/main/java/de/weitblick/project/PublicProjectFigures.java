package de.weitblick.project;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import de.weitblick.shared.Figure;
import de.weitblick.shared.SmallNumbers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every visitor may read of a project's results, over all its periods: the places
 * planned, the people reached and the outcomes of those who left, every count of people
 * through the disclosure control ({@link SmallNumbers}). The figures are aggregated only;
 * nothing in them names or counts a person below the threshold.
 */
@Service
@Transactional(readOnly = true)
public class PublicProjectFigures {

	private final JdbcClient jdbc;

	private final SmallNumbers disclosure;

	PublicProjectFigures(JdbcClient jdbc, @Value(SmallNumbers.THRESHOLD) int threshold) {
		this.jdbc = jdbc;
		this.disclosure = new SmallNumbers(threshold);
	}

	/**
	 * @param projectId must not be null
	 * @return the figures, all zero for a project without people or an unknown one
	 */
	public Figures of(ProjectId projectId) {
		int places = this.jdbc.sql("SELECT coalesce(sum(places), 0) FROM place_period WHERE project_id = :project")
			.param("project", projectId.id())
			.query(Integer.class)
			.single();
		int reached = this.jdbc.sql("""
				SELECT count(DISTINCT participant_id) FROM enrolment
				WHERE project_id = :project AND started_on IS NOT NULL AND status <> 'MERGED'
				""").param("project", projectId.id()).query(Integer.class).single();
		Map<OutcomeKind, Integer> counts = new EnumMap<>(OutcomeKind.class);
		OutcomeKind.onExit().forEach(kind -> counts.put(kind, 0));
		int[] notRecorded = { 0 };
		this.jdbc.sql("""
				SELECT o.exit_outcome, count(*) AS people
				FROM enrolment e LEFT JOIN enrolment_outcome o ON o.enrolment_id = e.id
				WHERE e.project_id = :project AND e.status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')
				GROUP BY o.exit_outcome
				""").param("project", projectId.id()).query((rs, n) -> {
			String kind = rs.getString("exit_outcome");
			if (kind == null) {
				notRecorded[0] += rs.getInt("people");
			}
			else {
				counts.merge(OutcomeKind.valueOf(kind), rs.getInt("people"), Integer::sum);
			}
			return null;
		}).list();
		List<OutcomeKind> kinds = new ArrayList<>(counts.keySet());
		List<Integer> cells = new ArrayList<>(counts.values());
		cells.add(notRecorded[0]);
		int left = cells.stream().mapToInt(Integer::intValue).sum();
		List<Figure> shown = this.disclosure.exclusive(cells, left);
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < kinds.size(); i++) {
			outcomes.add(new Outcome(kinds.get(i), shown.get(i)));
		}
		outcomes.add(new Outcome(null, shown.get(kinds.size())));
		return new Figures(places, this.disclosure.of(reached), shown.get(kinds.size() + 1), outcomes,
				this.disclosure.threshold());
	}

	/**
	 * A project's results as the public sees them.
	 *
	 * @param places the places planned over all periods (places are no people)
	 * @param peopleReached the people who took part
	 * @param peopleLeft the people who left
	 * @param outcomes the people who left by their outcome on leaving, the last one those
	 * whose outcome is not recorded (kind null); never null
	 * @param threshold the smallest count shown
	 */
	public record Figures(int places, Figure peopleReached, Figure peopleLeft, List<Outcome> outcomes, int threshold) {

	}

	/**
	 * @param kind null for the people whose outcome is not recorded yet
	 * @param people never null
	 */
	public record Outcome(OutcomeKind kind, Figure people) {

	}

}
