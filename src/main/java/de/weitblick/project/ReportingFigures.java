package de.weitblick.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.project.ProjectFigures.IndicatorCount;
import de.weitblick.project.ProjectFigures.OutcomeCount;
import de.weitblick.project.figures.LeaverFigures;
import de.weitblick.shared.Figure;
import de.weitblick.shared.SmallNumbers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project module's figures for reports over many projects at once: the ESF Plus
 * output indicators at entry, from what was recorded of each person when the person
 * started, and the participants, outcomes and result indicators of every period of the
 * projects. Each is a fixed number of set-based statements, whatever the number of
 * projects. No person is named; the caller decides who may ask.
 */
@Service
@Transactional(readOnly = true)
public class ReportingFigures {

	/**
	 * The output indicators at entry, counted once per person: the first entry in the
	 * dates into one of the projects, with the facts recorded at that entry.
	 */
	static final String ENTRY_SQL = """
			WITH entry AS (
			    SELECT DISTINCT ON (e.participant_id) e.id
			    FROM enrolment e
			    WHERE e.project_id = ANY(CAST(:projects AS uuid[])) AND e.started_on BETWEEN :from AND :to
			      AND e.status <> 'MERGED'
			    ORDER BY e.participant_id, e.started_on, e.id
			)
			SELECT count(*) AS total,
			       count(*) FILTER (WHERE f.gender = 'FEMALE') AS women,
			       count(*) FILTER (WHERE f.gender = 'MALE') AS men,
			       count(*) FILTER (WHERE f.gender = 'DIVERSE') AS non_binary,
			       count(*) FILTER (WHERE f.gender IS NULL OR f.gender NOT IN ('FEMALE', 'MALE', 'DIVERSE')) AS gender_not_stated,
			       count(*) FILTER (WHERE f.age_at_entry < 18) AS age_under_18,
			       count(*) FILTER (WHERE f.age_at_entry BETWEEN 18 AND 29) AS age_18_29,
			       count(*) FILTER (WHERE f.age_at_entry BETWEEN 30 AND 54) AS age_30_54,
			       count(*) FILTER (WHERE f.age_at_entry >= 55) AS age_55_plus,
			       count(*) FILTER (WHERE f.labour_market = 'UNEMPLOYED') AS unemployed_short,
			       count(*) FILTER (WHERE f.labour_market = 'LONG_TERM_UNEMPLOYED') AS long_term_unemployed,
			       count(*) FILTER (WHERE f.labour_market = 'NOT_UNEMPLOYED') AS not_unemployed,
			       count(*) FILTER (WHERE f.education = 'ISCED_0_2') AS isced_0_2,
			       count(*) FILTER (WHERE f.education = 'ISCED_3_4') AS isced_3_4,
			       count(*) FILTER (WHERE f.education = 'ISCED_5_8') AS isced_5_8,
			       count(*) FILTER (WHERE f.foreign_background) AS foreign_background,
			       count(*) FILTER (WHERE f.single_parent) AS single_parent
			FROM entry JOIN enrolment_entry_facts f ON f.enrolment_id = entry.id
			""";

	/** The columns of {@link #ENTRY_SQL}, in its order. */
	public static final List<String> ENTRY_COUNTS = List.of("total", "women", "men", "non_binary", "gender_not_stated",
			"age_under_18", "age_18_29", "age_30_54", "age_55_plus", "unemployed_short", "long_term_unemployed",
			"not_unemployed", "isced_0_2", "isced_3_4", "isced_5_8", "foreign_background", "single_parent");

	private final JdbcClient jdbc;

	private final LeaverFigures leavers;

	private final SmallNumbers disclosure;

	private final Clock clock;

	ReportingFigures(JdbcClient jdbc, LeaverFigures leavers, @Value(SmallNumbers.THRESHOLD) int threshold,
			Clock clock) {
		this.jdbc = jdbc;
		this.leavers = leavers;
		this.disclosure = new SmallNumbers(threshold);
		this.clock = clock;
	}

	/**
	 * @param projects never null
	 * @return the people who entered one of the projects in the dates, by the output
	 * indicators' categories ({@link #ENTRY_COUNTS}), unrounded and before the
	 * small-number rule
	 */
	public Map<String, Long> entry(Collection<UUID> projects, LocalDate from, LocalDate to) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(ENTRY_SQL)
			.param("projects", projects.toArray(UUID[]::new))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				for (String column : ENTRY_COUNTS) {
					counts.put(column, rs.getLong(column));
				}
				return null;
			})
			.list();
		return counts;
	}

	/**
	 * @param projects never null
	 * @return the names of those of the projects that exist
	 */
	public Map<UUID, String> names(Collection<UUID> projects) {
		Map<UUID, String> names = new LinkedHashMap<>();
		this.jdbc.sql("SELECT id, name FROM project WHERE id = ANY(CAST(:projects AS uuid[])) ORDER BY name")
			.param("projects", projects.toArray(UUID[]::new))
			.query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
		return names;
	}

	/**
	 * The participants, outcomes on leaving and result indicators of every period of the
	 * projects that overlaps the dates, counted as the project page counts them and
	 * passed through the small-number rule.
	 * @param projects never null
	 * @return by project name and start of the period
	 */
	public List<PeriodResults> results(Collection<UUID> projects, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(this.clock);
		Map<UUID, LeaverFigures.Leavers> left = this.leavers.ofPeriods(projects, from, to);
		LeaverFigures.Leavers nobody = LeaverFigures.Leavers.none();
		return this.jdbc.sql("""
				SELECT pp.id, pp.project_id, p.name, pp.label,
				       (SELECT count(*) FROM enrolment e WHERE e.place_period_id = pp.id AND e.started_on IS NOT NULL
				          AND e.status <> 'MERGED') AS took
				FROM place_period pp JOIN project p ON p.id = pp.project_id
				WHERE pp.project_id = ANY(CAST(:projects AS uuid[])) AND pp.starts_on <= :to AND pp.ends_on >= :from
				ORDER BY p.name, p.id, pp.starts_on
				""")
			.param("projects", projects.toArray(UUID[]::new))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				LeaverFigures.Leavers leavers = left.getOrDefault(rs.getObject("id", UUID.class), nobody);
				return new PeriodResults(rs.getObject("project_id", UUID.class), rs.getString("name"),
						rs.getString("label"), this.disclosure.of(rs.getLong("took")),
						this.disclosure.of(leavers.size()), leavers.outcomes(this.disclosure),
						leavers.indicators(this.disclosure, today));
			})
			.list();
	}

	/**
	 * The figures of one period of a project.
	 *
	 * @param projectId never null
	 * @param project the project's name
	 * @param period the period's label
	 * @param tookPart people who took part
	 * @param leavers people who left
	 * @param outcomes people who left by outcome, the last one those without an outcome
	 * recorded (kind null)
	 * @param indicators the ESF Plus result indicators
	 */
	public record PeriodResults(UUID projectId, String project, String period, Figure tookPart, Figure leavers,
			List<OutcomeCount> outcomes, List<IndicatorCount> indicators) {
	}

}
