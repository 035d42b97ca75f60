package de.weitblick.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.shared.SmallNumbers;
import de.weitblick.shared.Figure;
import de.weitblick.focusgroup.FocusGroupCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The head of department's dashboard: people reached per focus group and district, places
 * and occupancy per project, outcomes on leaving and budget use per programme, for a
 * period and optionally one programme (the projects it granted money to in the period) or
 * one project. Read with plain SQL over the modules' tables, one statement per chart;
 * every count of people passes the small-number rule.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	private static final String SCOPE = """
			WITH scope AS (
			    SELECT p.id, p.name FROM project p
			    WHERE (CAST(:project AS uuid) IS NULL OR p.id = CAST(:project AS uuid))
			      AND (CAST(:programme AS uuid) IS NULL OR EXISTS (SELECT 1 FROM funding_grant g
			           WHERE g.project_id = p.id AND g.programme_id = CAST(:programme AS uuid)
			             AND g.starts_on <= :to AND g.ends_on >= :from))
			), reached AS (
			    SELECT e.* FROM enrolment e JOIN scope s ON s.id = e.project_id
			    WHERE e.started_on IS NOT NULL AND e.started_on <= :to AND (e.ended_on IS NULL OR e.ended_on >= :from)
			      AND e.status <> 'MERGED'
			)
			""";

	private final JdbcClient jdbc;

	private final SmallNumbers smallNumbers;

	Dashboard(JdbcClient jdbc, @Value(SmallNumbers.THRESHOLD) int threshold) {
		this.jdbc = jdbc;
		this.smallNumbers = new SmallNumbers(threshold);
	}

	/**
	 * @param filter never null
	 * @return the dashboard's figures, never null
	 */
	public Figures of(Filter filter) {
		Map<String, Long> groups = new LinkedHashMap<>();
		for (FocusGroupCode code : FocusGroupCode.values()) {
			groups.put(code.messageKey(), 0L);
		}
		query(SCOPE + """
				SELECT g AS label, count(DISTINCT r.participant_id) AS people
				FROM reached r, unnest(string_to_array(NULLIF(r.focus_groups, ''), ',')) AS g GROUP BY g
				""", filter).forEach(row -> groups.put(FocusGroupCode.valueOf((String) row.get("label")).messageKey(),
				((Number) row.get("people")).longValue()));
		List<Bar> focusGroups = groups.entrySet()
			.stream()
			.map(e -> new Bar(e.getKey(), null, this.smallNumbers.of(e.getValue()), null))
			.toList();

		List<Map<String, Object>> districtRows = query(SCOPE + """
				SELECT coalesce(d.name, '') AS label, count(DISTINCT r.participant_id) AS people
				FROM reached r JOIN participant pa ON pa.id = r.participant_id
				LEFT JOIN city_district d ON d.code = pa.district_code
				GROUP BY d.name ORDER BY d.name NULLS LAST
				""", filter);
		List<Long> districtCounts = districtRows.stream().map(r -> ((Number) r.get("people")).longValue()).toList();
		long reachedTotal = districtCounts.stream().mapToLong(Long::longValue).sum();
		List<Figure> districtCells = this.smallNumbers.exclusive(districtCounts, reachedTotal);
		List<Bar> districts = new ArrayList<>();
		for (int i = 0; i < districtRows.size(); i++) {
			String name = (String) districtRows.get(i).get("label");
			districts.add(new Bar(name.isEmpty() ? "reporting.dashboard.no-district" : null,
					name.isEmpty() ? null : name, districtCells.get(i), null));
		}

		List<Bar> occupancy = query(SCOPE + """
				SELECT s.name AS label,
				       (SELECT coalesce(sum(pp.places), 0) FROM place_period pp WHERE pp.project_id = s.id
				          AND pp.starts_on <= :to AND pp.ends_on >= :from
				          AND pp.starts_on = (SELECT max(p2.starts_on) FROM place_period p2 WHERE p2.project_id = s.id
				              AND p2.starts_on <= :to AND p2.ends_on >= :from)) AS places,
				       (SELECT count(DISTINCT r.participant_id) FROM reached r WHERE r.project_id = s.id) AS people
				FROM scope s ORDER BY s.name
				""", filter).stream()
			.map(row -> new Bar(null, (String) row.get("label"),
					this.smallNumbers.of(((Number) row.get("people")).longValue()),
					((Number) row.get("places")).longValue()))
			.toList();

		List<Map<String, Object>> outcomeRows = query(SCOPE + """
				SELECT coalesce(o.exit_outcome, '') AS label, count(*) AS people
				FROM reached r LEFT JOIN enrolment_outcome o ON o.enrolment_id = r.id
				WHERE r.status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED') AND r.ended_on BETWEEN :from AND :to
				GROUP BY o.exit_outcome ORDER BY o.exit_outcome NULLS LAST
				""", filter);
		List<Long> outcomeCounts = outcomeRows.stream().map(r -> ((Number) r.get("people")).longValue()).toList();
		List<Figure> outcomeCells = this.smallNumbers.exclusive(outcomeCounts,
				outcomeCounts.stream().mapToLong(Long::longValue).sum());
		List<Bar> outcomes = new ArrayList<>();
		for (int i = 0; i < outcomeRows.size(); i++) {
			String kind = (String) outcomeRows.get(i).get("label");
			outcomes.add(new Bar(kind.isEmpty() ? "reporting.outcome.not-recorded" : "outcome.kind." + kind, null,
					outcomeCells.get(i), null));
		}

		List<Budget> budget = query(
				"""
						SELECT p.name AS label, sum(g.amount_cents) AS granted,
						       (SELECT coalesce(sum(m.planned_cents), 0) FROM funding_budget_month m
						          JOIN funding_budget_line l ON l.id = m.budget_line_id JOIN funding_grant g2 ON g2.id = l.grant_id
						          WHERE g2.programme_id = p.id AND m.month BETWEEN date_trunc('month', CAST(:from AS date)) AND :to
						            AND (CAST(:project AS uuid) IS NULL OR g2.project_id = CAST(:project AS uuid))) AS planned,
						       (SELECT coalesce(sum(m.actual_cents), 0) FROM funding_budget_month m
						          JOIN funding_budget_line l ON l.id = m.budget_line_id JOIN funding_grant g2 ON g2.id = l.grant_id
						          WHERE g2.programme_id = p.id AND m.month BETWEEN date_trunc('month', CAST(:from AS date)) AND :to
						            AND (CAST(:project AS uuid) IS NULL OR g2.project_id = CAST(:project AS uuid))) AS actual
						FROM funding_programme p JOIN funding_grant g ON g.programme_id = p.id
						WHERE g.starts_on <= :to AND g.ends_on >= :from
						  AND (CAST(:programme AS uuid) IS NULL OR p.id = CAST(:programme AS uuid))
						  AND (CAST(:project AS uuid) IS NULL OR g.project_id = CAST(:project AS uuid))
						GROUP BY p.id, p.name ORDER BY p.name
						""",
				filter)
			.stream()
			.map(row -> new Budget((String) row.get("label"), ((Number) row.get("granted")).longValue(),
					((Number) row.get("planned")).longValue(), ((Number) row.get("actual")).longValue()))
			.toList();
		return new Figures(filter, this.smallNumbers.threshold(), this.smallNumbers.of(reachedTotal), focusGroups,
				districts, occupancy, outcomes, budget, costs(filter));
	}

	/**
	 * What each project cost each programme in the period's months, per person who took
	 * part and per good outcome (work, self-employment, training, school, further
	 * training, recognition) of those who left in the period. A cost per person is not
	 * shown where the number of people is hidden, since the cost and the cost per person
	 * together would reveal it.
	 */
	private List<Cost> costs(Filter filter) {
		List<Cost> costs = new ArrayList<>();
		query(SCOPE + """
				, spent AS (
				    SELECT g.project_id, g.programme_id, sum(m.actual_cents) AS actual
				    FROM funding_grant g JOIN funding_budget_line l ON l.grant_id = g.id
				    JOIN funding_budget_month m ON m.budget_line_id = l.id
				    WHERE g.project_id IN (SELECT id FROM scope) AND m.actual_cents IS NOT NULL
				      AND (CAST(:programme AS uuid) IS NULL OR g.programme_id = CAST(:programme AS uuid))
				      AND m.month BETWEEN date_trunc('month', CAST(:from AS date)) AND :to
				    GROUP BY g.project_id, g.programme_id
				)
				SELECT pr.name AS programme, s.name AS project, sp.actual,
				       (SELECT count(DISTINCT r.participant_id) FROM reached r WHERE r.project_id = s.id) AS people,
				       (SELECT count(*) FROM reached r JOIN enrolment_outcome o ON o.enrolment_id = r.id
				        WHERE r.project_id = s.id AND r.ended_on BETWEEN :from AND :to
				          AND o.exit_outcome IN ('EMPLOYMENT', 'SELF_EMPLOYMENT', 'APPRENTICESHIP', 'SCHOOL',
				                                 'FURTHER_TRAINING', 'RECOGNITION_ACHIEVED')) AS good_outcomes
				FROM spent sp JOIN scope s ON s.id = sp.project_id JOIN funding_programme pr ON pr.id = sp.programme_id
				ORDER BY pr.name, s.name
				""", filter).forEach(row -> {
			long actual = ((Number) row.get("actual")).longValue();
			Figure people = this.smallNumbers.of(((Number) row.get("people")).longValue());
			Figure good = this.smallNumbers.of(((Number) row.get("good_outcomes")).longValue());
			costs.add(new Cost((String) row.get("programme"), (String) row.get("project"), actual, people, good,
					per(actual, people), per(actual, good)));
		});
		return costs;
	}

	private static Long per(long cents, Figure people) {
		return (people.value() != null && people.value() > 0) ? Math.round((double) cents / people.value()) : null;
	}

	private List<Map<String, Object>> query(String sql, Filter filter) {
		return this.jdbc.sql(sql)
			.param("from", filter.from())
			.param("to", filter.to())
			.param("programme", filter.programme())
			.param("project", filter.project())
			.query()
			.listOfRows();
	}

	/**
	 * @param from never null
	 * @param to never null
	 * @param programme or null for all
	 * @param project or null for all
	 */
	public record Filter(LocalDate from, LocalDate to, UUID programme, UUID project) {
	}

	/**
	 * One bar of a chart and row of its table.
	 *
	 * @param labelKey message key of the label, or null when the label is a name
	 * @param label the label as it is, or null when it is a message key
	 * @param people never null
	 * @param places the places beside the people, or null
	 */
	public record Bar(String labelKey, String label, Figure people, Long places) {
	}

	/**
	 * @param programme the programme's name
	 * @param grantedCents granted by grants overlapping the period
	 * @param plannedCents planned in the period's months
	 * @param actualCents spent in the period's months
	 */
	public record Budget(String programme, long grantedCents, long plannedCents, long actualCents) {

		/**
		 * @return the share of the plan spent, in percent, or null without a plan
		 */
		public Integer usedPercent() {
			return (this.plannedCents > 0) ? (int) Math.round(this.actualCents * 100.0 / this.plannedCents) : null;
		}

	}

	/**
	 * @param programme the paying programme's name
	 * @param project the project's name
	 * @param actualCents spent in the period's months
	 * @param people people who took part
	 * @param goodOutcomes leavers with work, training, school or recognition
	 * @param perPersonCents cost per person, or null when not shown
	 * @param perOutcomeCents cost per good outcome, or null when not shown
	 */
	public record Cost(String programme, String project, long actualCents, Figure people, Figure goodOutcomes,
			Long perPersonCents, Long perOutcomeCents) {
	}

	/**
	 * The dashboard's figures.
	 *
	 * @param filter never null
	 * @param threshold the disclosure threshold
	 * @param reached people reached in the period
	 * @param focusGroups people by focus group (a person may be in several)
	 * @param districts people by district of residence
	 * @param occupancy places and people per project
	 * @param outcomes leavers by outcome
	 * @param budget per programme
	 * @param costs per programme and project
	 */
	public record Figures(Filter filter, int threshold, Figure reached, List<Bar> focusGroups, List<Bar> districts,
			List<Bar> occupancy, List<Bar> outcomes, List<Budget> budget, List<Cost> costs) {
	}

}
