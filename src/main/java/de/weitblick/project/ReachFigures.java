package de.weitblick.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom the projects reached in a period, for the head of department's dashboard: people
 * by focus group and by the district they lived in at entry, places and people per
 * project, leavers by outcome, and per project the people and good outcomes a cost is
 * divided by. One set-based statement each, counts before the small-number rule; the
 * caller applies it and decides who may ask.
 */
@Service
@Transactional(readOnly = true)
public class ReachFigures {

	/**
	 * The enrolments of the projects in scope that ran on at least one day of the dates.
	 */
	private static final String REACHED = """
			WITH reached AS (
			    SELECT e.* FROM enrolment e
			    WHERE (:all OR e.project_id = ANY(CAST(:projects AS uuid[])))
			      AND e.started_on IS NOT NULL AND e.started_on <= :to AND (e.ended_on IS NULL OR e.ended_on >= :from)
			      AND e.status <> 'MERGED'
			)
			""";

	/** The outcomes on leaving that count as good for the cost per outcome. */
	static final List<String> GOOD_OUTCOMES = List.of("EMPLOYMENT", "SELF_EMPLOYMENT", "APPRENTICESHIP", "SCHOOL",
			"FURTHER_TRAINING", "RECOGNITION_ACHIEVED");

	private final JdbcClient jdbc;

	ReachFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param projects the projects in scope, or null for all
	 * @return never null
	 */
	public Reach of(Collection<UUID> projects, LocalDate from, LocalDate to) {
		Map<FocusGroupCode, Long> groups = new EnumMap<>(FocusGroupCode.class);
		for (FocusGroupCode code : FocusGroupCode.values()) {
			groups.put(code, 0L);
		}
		query(projects, from, to, REACHED + """
				SELECT g AS label, count(DISTINCT r.participant_id) AS people
				FROM reached r, unnest(string_to_array(NULLIF(r.focus_groups, ''), ',')) AS g GROUP BY g
				""", (label, people) -> groups.put(FocusGroupCode.valueOf(label), people));

		Map<String, Long> districts = new LinkedHashMap<>();
		query(projects, from, to, REACHED + """
				SELECT coalesce(f.district_code, '') AS label, count(DISTINCT r.participant_id) AS people
				FROM reached r LEFT JOIN enrolment_entry_facts f ON f.enrolment_id = r.id
				GROUP BY f.district_code
				""", districts::put);

		List<Occupancy> occupancy = this.jdbc.sql(REACHED + """
				, scope AS (SELECT p.id, p.name FROM project p WHERE :all OR p.id = ANY(CAST(:projects AS uuid[])))
				SELECT s.id, s.name,
				       (SELECT coalesce(sum(pp.places), 0) FROM place_period pp WHERE pp.project_id = s.id
				          AND pp.starts_on <= :to AND pp.ends_on >= :from
				          AND pp.starts_on = (SELECT max(p2.starts_on) FROM place_period p2 WHERE p2.project_id = s.id
				              AND p2.starts_on <= :to AND p2.ends_on >= :from)) AS places,
				       (SELECT count(DISTINCT r.participant_id) FROM reached r WHERE r.project_id = s.id) AS people,
				       (SELECT count(*) FROM reached r JOIN enrolment_outcome o ON o.enrolment_id = r.id
				        WHERE r.project_id = s.id AND r.ended_on BETWEEN :from AND :to
				          AND o.exit_outcome = ANY(CAST(:good AS text[]))) AS good_outcomes
				FROM scope s ORDER BY s.name, s.id
				""")
			.param("all", projects == null)
			.param("projects", ids(projects))
			.param("from", from)
			.param("to", to)
			.param("good", GOOD_OUTCOMES.toArray(String[]::new))
			.query((rs, n) -> new Occupancy(rs.getObject("id", UUID.class), rs.getString("name"), rs.getLong("places"),
					rs.getLong("people"), rs.getLong("good_outcomes")))
			.list();

		Map<OutcomeKind, Long> outcomes = new LinkedHashMap<>();
		long[] notRecorded = { 0 };
		query(projects, from, to, REACHED + """
				SELECT coalesce(o.exit_outcome, '') AS label, count(*) AS people
				FROM reached r LEFT JOIN enrolment_outcome o ON o.enrolment_id = r.id
				WHERE r.status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED') AND r.ended_on BETWEEN :from AND :to
				GROUP BY o.exit_outcome ORDER BY o.exit_outcome NULLS LAST
				""", (label, people) -> {
			if (label.isEmpty()) {
				notRecorded[0] = people;
			}
			else {
				outcomes.put(OutcomeKind.valueOf(label), people);
			}
		});
		return new Reach(groups, districts, occupancy, outcomes, notRecorded[0]);
	}

	private void query(Collection<UUID> projects, LocalDate from, LocalDate to, String sql,
			java.util.function.BiConsumer<String, Long> row) {
		this.jdbc.sql(sql)
			.param("all", projects == null)
			.param("projects", ids(projects))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				row.accept(rs.getString("label"), rs.getLong("people"));
				return null;
			})
			.list();
	}

	private static UUID[] ids(Collection<UUID> projects) {
		return (projects != null) ? projects.toArray(UUID[]::new) : new UUID[0];
	}

	/**
	 * Whom the projects reached.
	 *
	 * @param focusGroups people by focus group when referred, every group; a person may
	 * be in several
	 * @param districts people by the code of the district lived in at entry, the empty
	 * code for none recorded
	 * @param projects places and people per project in scope, by name
	 * @param outcomes leavers in the dates by outcome on leaving, in the order of the
	 * kinds' names
	 * @param outcomeNotRecorded leavers in the dates without an outcome recorded
	 */
	public record Reach(Map<FocusGroupCode, Long> focusGroups, Map<String, Long> districts, List<Occupancy> projects,
			Map<OutcomeKind, Long> outcomes, long outcomeNotRecorded) {

		/**
		 * @return the people reached, each counted once per district they lived in
		 */
		public long people() {
			return this.districts.values().stream().mapToLong(Long::longValue).sum();
		}

		public List<OutcomeKind> outcomeKinds() {
			return new ArrayList<>(this.outcomes.keySet());
		}

	}

	/**
	 * @param projectId never null
	 * @param name the project's name
	 * @param places of the latest period overlapping the dates
	 * @param people who took part on at least one day of the dates
	 * @param goodOutcomes leavers in the dates with work, training, school or recognition
	 */
	public record Occupancy(UUID projectId, String name, long places, long people, long goodOutcomes) {
	}

}
