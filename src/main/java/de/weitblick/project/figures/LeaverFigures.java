package de.weitblick.project.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.shared.Figure;
import de.weitblick.shared.SmallNumbers;
import de.weitblick.project.OutcomeKind;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.ProjectFigures.IndicatorCount;
import de.weitblick.project.ProjectFigures.OutcomeCount;
import de.weitblick.project.ResultIndicator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the people who left a period: their outcomes on leaving and the ESF Plus
 * result indicators, each count passed through the small-number rule.
 */
@Component
public class LeaverFigures {

	private final JdbcClient jdbc;

	LeaverFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The people who left in the period with what is recorded of their outcome, read once
	 * for their number, their outcomes and the result indicators.
	 */
	public Leavers of(PlacePeriod period) {
		return new Leavers(this.jdbc.sql("""
				SELECT o.exit_outcome, o.job_searching, o.qualification_gained, o.follow_up_status, o.follow_up_due_on
				FROM enrolment e LEFT JOIN enrolment_outcome o ON o.enrolment_id = e.id
				WHERE e.place_period_id = :period AND e.status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')
				""").param("period", period.id()).query((rs, n) -> leaver(rs, 1)).list());
	}

	/**
	 * The people who left each period of the given projects that overlaps the dates, in
	 * one statement: grouped by what is recorded of them, so a Land's year is a few
	 * thousand rows.
	 * @return per period, only periods somebody left
	 */
	public Map<UUID, Leavers> ofPeriods(Collection<UUID> projects, LocalDate from, LocalDate to) {
		Map<UUID, List<Leaver>> byPeriod = new HashMap<>();
		this.jdbc.sql("""
				SELECT e.place_period_id, o.exit_outcome, o.job_searching, o.qualification_gained, o.follow_up_status,
				       o.follow_up_due_on, count(*) AS people
				FROM place_period pp JOIN enrolment e ON e.place_period_id = pp.id
				LEFT JOIN enrolment_outcome o ON o.enrolment_id = e.id
				WHERE pp.project_id = ANY(CAST(:projects AS uuid[])) AND pp.starts_on <= :to AND pp.ends_on >= :from
				  AND e.status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')
				GROUP BY e.place_period_id, o.exit_outcome, o.job_searching, o.qualification_gained, o.follow_up_status,
				         o.follow_up_due_on
				""")
			.param("projects", projects.toArray(UUID[]::new))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> byPeriod
				.computeIfAbsent(rs.getObject("place_period_id", UUID.class), id -> new ArrayList<>())
				.add(leaver(rs, rs.getInt("people"))))
			.list();
		Map<UUID, Leavers> result = new HashMap<>();
		byPeriod.forEach((period, leavers) -> result.put(period, new Leavers(leavers)));
		return result;
	}

	private static Leaver leaver(ResultSet rs, int people) throws SQLException {
		return new Leaver(kind(rs.getString("exit_outcome")), rs.getBoolean("job_searching"),
				rs.getBoolean("qualification_gained"), kind(rs.getString("follow_up_status")),
				rs.getObject("follow_up_due_on", LocalDate.class), people);
	}

	private static OutcomeKind kind(String name) {
		return (name != null) ? OutcomeKind.valueOf(name) : null;
	}

	/**
	 * Somebody who left, or as many people as {@code people} with the same record: the
	 * outcome on leaving (null while not recorded) and the follow-up six months after
	 * (null while not recorded).
	 */
	record Leaver(OutcomeKind exit, boolean searching, boolean qualification, OutcomeKind followUp, LocalDate dueOn,
			int people) {
	}

	/**
	 * The people who left in a period.
	 *
	 * @param leavers never null
	 */
	public record Leavers(List<Leaver> leavers) {

		/**
		 * @return nobody who left
		 */
		public static Leavers none() {
			return new Leavers(List.of());
		}

		/**
		 * @return how many left
		 */
		public int size() {
			return this.leavers.stream().mapToInt(Leaver::people).sum();
		}

		/**
		 * The people who left in the period by their outcome on leaving, with those whose
		 * outcome is not recorded yet; the kinds exclude each other and add up to all who
		 * left, so a single hidden one is hidden together with the next smallest.
		 */
		public List<OutcomeCount> outcomes(SmallNumbers disclosure) {
			Map<OutcomeKind, Integer> counts = new EnumMap<>(OutcomeKind.class);
			OutcomeKind.onExit().forEach(kind -> counts.put(kind, 0));
			int notRecorded = 0;
			for (Leaver leaver : this.leavers) {
				if (leaver.exit() == null) {
					notRecorded += leaver.people();
				}
				else {
					counts.merge(leaver.exit(), leaver.people(), Integer::sum);
				}
			}
			List<OutcomeKind> kinds = new ArrayList<>(counts.keySet());
			List<Integer> cells = new ArrayList<>(counts.values());
			cells.add(notRecorded);
			int total = cells.stream().mapToInt(Integer::intValue).sum();
			List<Figure> shown = disclosure.exclusive(cells, total);
			List<OutcomeCount> result = new ArrayList<>();
			for (int i = 0; i < kinds.size(); i++) {
				result.add(new OutcomeCount(kinds.get(i), shown.get(i)));
			}
			result.add(new OutcomeCount(null, shown.get(kinds.size())));
			return result;
		}

		/**
		 * The ESF Plus result indicators of the people who left in the period, each with
		 * the people it is counted among: all who left for those on leaving, those whose
		 * follow-up fell due for the one six months after.
		 */
		public List<IndicatorCount> indicators(SmallNumbers disclosure, LocalDate today) {
			List<Leaver> recorded = this.leavers.stream().filter(leaver -> leaver.exit() != null).toList();
			List<IndicatorCount> counts = new ArrayList<>();
			for (ResultIndicator indicator : ResultIndicator.values()) {
				List<Leaver> among = indicator.longerTerm()
						? recorded.stream().filter(l -> !l.dueOn().isAfter(today)).toList() : recorded;
				int counted = among.stream()
					.filter(l -> indicator.counts(l.exit(), l.searching(), l.qualification(), l.followUp()))
					.mapToInt(Leaver::people)
					.sum();
				counts.add(new IndicatorCount(indicator, disclosure.of(counted),
						disclosure.of(among.stream().mapToInt(Leaver::people).sum())));
			}
			return counts;
		}

	}

}
