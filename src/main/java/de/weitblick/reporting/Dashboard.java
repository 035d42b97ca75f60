package de.weitblick.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.funding.BudgetFigures;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.participant.Catalogues;
import de.weitblick.project.OutcomeKind;
import de.weitblick.project.ReachFigures;
import de.weitblick.shared.Figure;
import de.weitblick.shared.SmallNumbers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The head of department's dashboard: people reached per focus group and district, places
 * and occupancy per project, outcomes on leaving and budget use per programme, for a
 * period and optionally one programme (the projects it granted money to in the period) or
 * one project. Read through the project and funding modules' figures for many projects at
 * once, a fixed number of statements; every count of people passes the small-number rule.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	private final SmallNumbers smallNumbers;

	private final ReachFigures reach;

	private final BudgetFigures budget;

	private final Catalogues catalogues;

	Dashboard(@Value(SmallNumbers.THRESHOLD) int threshold, ReachFigures reach, BudgetFigures budget,
			Catalogues catalogues) {
		this.smallNumbers = new SmallNumbers(threshold);
		this.reach = reach;
		this.budget = budget;
		this.catalogues = catalogues;
	}

	/**
	 * @param filter never null
	 * @return the dashboard's figures, never null
	 */
	public Figures of(Filter filter) {
		FundingProgrammeId programme = (filter.programme() != null) ? new FundingProgrammeId(filter.programme()) : null;
		List<UUID> scope = (programme != null)
				? this.budget.fundedProjects(programme, filter.project(), filter.from(), filter.to())
				: (filter.project() != null) ? List.of(filter.project()) : null;
		ReachFigures.Reach reached = this.reach.of(scope, filter.from(), filter.to());

		List<Bar> focusGroups = reached.focusGroups()
			.entrySet()
			.stream()
			.map(e -> new Bar(e.getKey().messageKey(), null, this.smallNumbers.of(e.getValue()), null))
			.toList();

		Map<String, String> districtNames = new HashMap<>();
		this.catalogues.districts().forEach(d -> districtNames.put(d.code(), d.name()));
		List<Map.Entry<String, Long>> districtRows = reached.districts()
			.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, Long> e) -> districtNames.get(e.getKey()),
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<Long> districtCounts = districtRows.stream().map(Map.Entry::getValue).toList();
		long reachedTotal = reached.people();
		List<Figure> districtCells = this.smallNumbers.exclusive(districtCounts, reachedTotal);
		List<Bar> districts = new ArrayList<>();
		for (int i = 0; i < districtRows.size(); i++) {
			String name = districtNames.get(districtRows.get(i).getKey());
			districts.add(new Bar((name == null) ? "reporting.dashboard.no-district" : null, name, districtCells.get(i),
					null));
		}

		List<Bar> occupancy = reached.projects()
			.stream()
			.map(p -> new Bar(null, p.name(), this.smallNumbers.of(p.people()), p.places()))
			.toList();

		List<OutcomeKind> kinds = reached.outcomeKinds();
		List<Long> outcomeCounts = new ArrayList<>(kinds.stream().map(reached.outcomes()::get).toList());
		if (reached.outcomeNotRecorded() > 0) {
			outcomeCounts.add(reached.outcomeNotRecorded());
		}
		List<Figure> outcomeCells = this.smallNumbers.exclusive(outcomeCounts,
				outcomeCounts.stream().mapToLong(Long::longValue).sum());
		List<Bar> outcomes = new ArrayList<>();
		for (int i = 0; i < outcomeCounts.size(); i++) {
			outcomes.add(new Bar((i < kinds.size()) ? kinds.get(i).messageKey() : "reporting.outcome.not-recorded",
					null, outcomeCells.get(i), null));
		}

		List<Budget> budget = this.budget.perProgramme(programme, filter.project(), filter.from(), filter.to())
			.stream()
			.map(b -> new Budget(b.programme(), b.grantedCents(), b.plannedCents(), b.actualCents()))
			.toList();
		return new Figures(filter, this.smallNumbers.threshold(), this.smallNumbers.of(reachedTotal), focusGroups,
				districts, occupancy, outcomes, budget, costs(scope, programme, filter, reached));
	}

	/**
	 * What each project cost each programme in the period's months, per person who took
	 * part and per good outcome (work, self-employment, training, school, further
	 * training, recognition) of those who left in the period. A cost per person is not
	 * shown where the number of people is hidden, since the cost and the cost per person
	 * together would reveal it.
	 */
	private List<Cost> costs(List<UUID> scope, FundingProgrammeId programme, Filter filter,
			ReachFigures.Reach reached) {
		Map<UUID, ReachFigures.Occupancy> byProject = new HashMap<>();
		reached.projects().forEach(p -> byProject.put(p.projectId(), p));
		List<Cost> costs = new ArrayList<>();
		this.budget.spent(scope, programme, filter.from(), filter.to())
			.stream()
			.filter(spent -> byProject.containsKey(spent.projectId()))
			.sorted(Comparator.comparing(BudgetFigures.Spent::programme)
				.thenComparing(spent -> byProject.get(spent.projectId()).name()))
			.forEach(spent -> {
				ReachFigures.Occupancy project = byProject.get(spent.projectId());
				Figure people = this.smallNumbers.of(project.people());
				Figure good = this.smallNumbers.of(project.goodOutcomes());
				costs.add(new Cost(spent.programme(), project.name(), spent.actualCents(), people, good,
						per(spent.actualCents(), people), per(spent.actualCents(), good)));
			});
		return costs;
	}

	private static Long per(long cents, Figure people) {
		return (people.value() != null && people.value() > 0) ? Math.round((double) cents / people.value()) : null;
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
