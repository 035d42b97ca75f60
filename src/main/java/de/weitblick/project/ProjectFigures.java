package de.weitblick.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.shared.Figure;
import de.weitblick.shared.SmallNumbers;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.access.ProjectAccessPolicy;
import de.weitblick.project.figures.LeaverFigures;
import de.weitblick.project.persistence.ProjectRepository;
import de.weitblick.project.places.Places;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of one period of a project for its page, the API and, later, the funders'
 * reports: places and occupancy per month, the waiting list, enrolments by focus group,
 * outcomes on leaving and the ESF Plus result indicators. Every count of people passes
 * the small-number rule ({@link SmallNumbers}) before it leaves this class; places are no
 * people and are shown as they are. The project's lead and the head of department see
 * them.
 */
@Service
@Transactional(readOnly = true)
public class ProjectFigures {

	private final ProjectRepository projects;

	private final Places places;

	private final JdbcClient jdbc;

	private final SmallNumbers disclosure;

	private final LeaverFigures leavers;

	private final Clock clock;

	ProjectFigures(ProjectRepository projects, Places places, JdbcClient jdbc, LeaverFigures leavers,
			@Value(SmallNumbers.THRESHOLD) int threshold, Clock clock) {
		this.projects = projects;
		this.places = places;
		this.jdbc = jdbc;
		this.leavers = leavers;
		this.disclosure = new SmallNumbers(threshold);
		this.clock = clock;
	}

	/**
	 * Whether the viewer sees the project's figures: its lead and the head of department.
	 */
	public boolean maySee(ProjectId projectId, StaffMember viewer) {
		return this.projects.findById(projectId.id()).map(project -> maySee(project, viewer)).orElse(false);
	}

	/**
	 * As {@link #maySee(ProjectId, StaffMember)}, for a page that has read the project.
	 */
	public boolean maySee(Project project, StaffMember viewer) {
		return ProjectAccessPolicy.mayDescribe(viewer, project);
	}

	/**
	 * @param periodId the period, or null for the one running today (else the latest that
	 * started)
	 * @return empty figures when the project has no period yet
	 * @throws NotFound when there is no such project or period
	 * @throws RuleViolation when the viewer may not see the figures
	 */
	public Figures of(ProjectId projectId, UUID periodId, StaffMember viewer) {
		return of(this.projects.findById(projectId.id()).orElseThrow(() -> new NotFound("project.not-found")), periodId,
				viewer);
	}

	/**
	 * As {@link #of(ProjectId, UUID, StaffMember)}, for a page that has read the project.
	 */
	public Figures of(Project project, UUID periodId, StaffMember viewer) {
		ProjectId projectId = project.id();
		if (!maySee(project, viewer)) {
			throw new RuleViolation(null, "figures.rule.may-not-see");
		}
		LocalDate today = LocalDate.now(this.clock);
		List<PlacePeriod> periods = this.places.of(projectId);
		PlacePeriod period;
		if (periodId != null) {
			period = periods.stream()
				.filter(p -> p.id().equals(periodId))
				.findFirst()
				.orElseThrow(() -> new NotFound("figures.period-not-found"));
		}
		else {
			period = periods.stream()
				.filter(p -> p.period().contains(today))
				.findFirst()
				.or(() -> periods.stream()
					.filter(p -> !p.startsOn().isAfter(today))
					.max(Comparator.comparing(PlacePeriod::startsOn)))
				.or(() -> periods.stream().findFirst())
				.orElse(null);
		}
		if (period == null) {
			return new Figures(null, periods, this.disclosure.threshold(), List.of(), Figure.shown(0), List.of(),
					Figure.shown(0), List.of(), Figure.shown(0), List.of());
		}
		Counts counts = counts(period);
		LeaverFigures.Leavers leavers = this.leavers.of(period);
		return new Figures(period, periods, this.disclosure.threshold(), months(period, today),
				this.disclosure.of(counts.waiting()), focusGroups(period), this.disclosure.of(counts.took()),
				leavers.outcomes(this.disclosure), this.disclosure.of(leavers.size()),
				leavers.indicators(this.disclosure, today));
	}

	/**
	 * The places each month of the period up to this month, as the capacity history says
	 * they were at the month's end, and how many people took part in the month.
	 */
	private List<Month> months(PlacePeriod period, LocalDate today) {
		List<CapacityChange> changes = this.places.changesOf(new ProjectId(period.projectId()))
			.stream()
			.filter(change -> change.placePeriodId().equals(period.id()))
			.toList();
		List<Month> months = new ArrayList<>();
		YearMonth last = YearMonth.from(period.endsOn().isBefore(today) ? period.endsOn() : today);
		YearMonth first = YearMonth.from(period.startsOn());
		if (first.isAfter(last)) {
			return months;
		}
		// One statement for all months: a query per month made the project page of a
		// Land-sized data set miss its budget (docs/benchmarks.md).
		this.jdbc.sql("""
				SELECT CAST(m.month_start AS date) AS month_day, count(e.id) AS taking
				FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 month') AS m(month_start)
				LEFT JOIN enrolment e ON e.place_period_id = :period AND e.started_on IS NOT NULL
				     AND e.status <> 'MERGED'
				     AND e.started_on <= CAST(m.month_start + interval '1 month' - interval '1 day' AS date)
				     AND (e.ended_on IS NULL OR e.ended_on >= CAST(m.month_start AS date))
				GROUP BY m.month_start ORDER BY m.month_start
				""")
			.param("period", period.id())
			.param("first", first.atDay(1))
			.param("last", last.atDay(1))
			.query((rs, n) -> {
				YearMonth month = YearMonth.from(rs.getObject("month_day", LocalDate.class));
				months.add(new Month(month, placesOn(period, changes, month.atEndOfMonth()),
						this.disclosure.of(rs.getInt("taking"))));
				return null;
			})
			.list();
		return months;
	}

	private static int placesOn(PlacePeriod period, List<CapacityChange> changes, LocalDate day) {
		int places = changes.isEmpty() ? period.places() : changes.get(0).placesBefore();
		for (CapacityChange change : changes) {
			if (!change.effectiveOn().isAfter(day)) {
				places = change.placesAfter();
			}
		}
		return places;
	}

	/**
	 * The people waiting now and who took part, in one statement.
	 */
	private Counts counts(PlacePeriod period) {
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE status = 'WAITING') AS waiting,
				       count(*) FILTER (WHERE started_on IS NOT NULL AND status <> 'MERGED') AS took
				FROM enrolment WHERE place_period_id = :period
				""")
			.param("period", period.id())
			.query((rs, n) -> new Counts(rs.getInt("waiting"), rs.getInt("took")))
			.single();
	}

	private record Counts(int waiting, int took) {
	}

	/**
	 * The people who took part in the period by the focus groups they belonged to when
	 * referred. A person may be in several groups, so the groups do not add up to the
	 * total and no hidden figure can be computed from the others.
	 */
	private List<Group> focusGroups(PlacePeriod period) {
		Map<FocusGroupCode, Integer> counts = new EnumMap<>(FocusGroupCode.class);
		for (FocusGroupCode code : FocusGroupCode.values()) {
			counts.put(code, 0);
		}
		this.jdbc.sql("""
				SELECT g AS code, count(*) AS people
				FROM enrolment e, unnest(string_to_array(NULLIF(e.focus_groups, ''), ',')) AS g
				WHERE e.place_period_id = :period AND e.started_on IS NOT NULL AND e.status <> 'MERGED'
				GROUP BY g
				""").param("period", period.id()).query((rs, n) -> {
			counts.put(FocusGroupCode.valueOf(rs.getString("code")), rs.getInt("people"));
			return null;
		}).list();
		return counts.entrySet()
			.stream()
			.map(entry -> new Group(entry.getKey(), this.disclosure.of(entry.getValue())))
			.toList();
	}

	/**
	 * The figures of one period.
	 *
	 * @param period the period shown, or null when the project has none
	 * @param periods all periods of the project to choose from, never null
	 * @param threshold the smallest count shown
	 * @param months places and people taking part per month, never null
	 * @param waiting people on the waiting list now
	 * @param focusGroups people who took part by focus group, never null
	 * @param tookPart people who took part
	 * @param outcomes people who left by outcome, the last one those without an outcome
	 * recorded (kind null); never null
	 * @param leavers people who left
	 * @param indicators the ESF Plus result indicators, never null
	 */
	public record Figures(PlacePeriod period, List<PlacePeriod> periods, int threshold, List<Month> months,
			Figure waiting, List<Group> focusGroups, Figure tookPart, List<OutcomeCount> outcomes, Figure leavers,
			List<IndicatorCount> indicators) {
	}

	/**
	 * @param month never null
	 * @param places as at the month's end
	 * @param takingPart people who took part on at least one day of the month
	 */
	public record Month(YearMonth month, int places, Figure takingPart) {
	}

	public record Group(FocusGroupCode focusGroup, Figure people) {
	}

	/**
	 * @param kind null for the people whose outcome is not recorded yet
	 */
	public record OutcomeCount(OutcomeKind kind, Figure people) {
	}

	/**
	 * @param indicator never null
	 * @param people counted for it
	 * @param among the people it is counted among
	 */
	public record IndicatorCount(ResultIndicator indicator, Figure people, Figure among) {
	}

}
