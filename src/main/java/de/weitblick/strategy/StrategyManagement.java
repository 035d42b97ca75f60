package de.weitblick.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.SmallNumbers;
import de.weitblick.shared.RuleViolation;
import de.weitblick.strategy.GoalFigures.ServingProject;
import de.weitblick.strategy.GoalProgress.YearFigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategy module's facade: the goals of the labour-market strategy, their definition
 * by the head of department, the figures recorded for them and their progress. Who may
 * change a goal is decided at the edge (the head of department's area).
 */
@Service
@Transactional(readOnly = true)
public class StrategyManagement {

	private final StrategyGoalRepository goals;

	private final ObjectProvider<GoalFigures> figures;

	private final Clock clock;

	private final SmallNumbers smallNumbers;

	StrategyManagement(StrategyGoalRepository goals, ObjectProvider<GoalFigures> figures, ObjectProvider<Clock> clock,
			@Value(SmallNumbers.THRESHOLD) int threshold) {
		this.goals = goals;
		this.figures = figures;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.smallNumbers = new SmallNumbers(threshold);
	}

	/**
	 * @return all goals by title; never null
	 */
	public List<StrategyGoal> goals() {
		return this.goals.findAllByOrderByTitle();
	}

	/**
	 * @param id must not be null
	 * @return the goal, or empty when there is none with this identifier
	 */
	public Optional<StrategyGoal> goal(GoalId id) {
		return this.goals.findById(id.id());
	}

	/**
	 * @param projectId a project's identifier, must not be null
	 * @return the goals the project serves, by title; never null
	 */
	public List<StrategyGoal> goalsServedBy(UUID projectId) {
		return goals().stream().filter(goal -> goal.projectIds().contains(projectId)).toList();
	}

	/**
	 * @return every project a goal may be linked to, by name; never null
	 */
	public List<ServingProject> servingProjects() {
		GoalFigures source = this.figures.getIfAvailable();
		return (source != null) ? source.projects() : List.of();
	}

	/**
	 * @param definition must not be null
	 * @param by the user name of who defines it, must not be null
	 * @return the new goal's identifier, never null
	 * @throws RuleViolation when the definition breaks a rule
	 */
	@Transactional
	public GoalId define(GoalDefinition definition, String by) {
		StrategyGoal goal = StrategyGoal.define(checked(definition), by, now());
		return this.goals.save(goal).id();
	}

	/**
	 * @param expectedVersion the version the change was based on
	 * @throws NotFound when there is no such goal
	 * @throws RuleViolation when the definition breaks a rule
	 * @throws OptimisticLockingFailureException when someone changed the goal meanwhile
	 */
	@Transactional
	public void redefine(GoalId id, int expectedVersion, GoalDefinition definition, String by) {
		StrategyGoal goal = current(id, expectedVersion);
		goal.redefine(checked(definition), by, now());
		this.goals.save(goal);
	}

	/**
	 * Sets the goals a project serves, from the project's form: the project is linked to
	 * the goals named and unlinked from every other goal. Identifiers of goals that do
	 * not exist are left out.
	 * @param projectId must not be null
	 * @param goalIds the goals the project serves, must not be null
	 * @param by the user name of who changes it, must not be null
	 */
	@Transactional
	public void linkProject(UUID projectId, Set<GoalId> goalIds, String by) {
		Instant at = now();
		for (StrategyGoal goal : goals()) {
			if (goal.serve(projectId, goalIds.contains(goal.id()), by, at)) {
				this.goals.save(goal);
			}
		}
	}

	/**
	 * Records the figure of a year for an indicator Weitblick does not count itself.
	 * @throws NotFound when there is no such goal
	 * @throws RuleViolation when the goal's figure is counted or the figure breaks a rule
	 * @throws OptimisticLockingFailureException when someone changed the goal meanwhile
	 */
	@Transactional
	public void record(GoalId id, int expectedVersion, GoalMeasurement measurement, String by) {
		StrategyGoal goal = current(id, expectedVersion);
		goal.record(measurement, by, now());
		this.goals.save(goal);
	}

	/**
	 * @return the goal with its linked projects and its figures year by year; small
	 * counts of people are hidden
	 * @throws NotFound when there is no such goal
	 */
	public GoalProgress progress(GoalId id) {
		StrategyGoal goal = goal(id).orElseThrow(() -> new NotFound("strategy.not-found"));
		int thisYear = LocalDate.now(this.clock).getYear();
		List<ServingProject> projects = servingProjects().stream()
			.filter(project -> goal.projectIds().contains(project.id()))
			.sorted(Comparator.comparing(ServingProject::name))
			.toList();
		int from = firstYear(goal, thisYear);
		int to = Math.max(from, (goal.targetYear() != null) ? goal.targetYear() : thisYear);
		Map<Integer, BigDecimal> values = values(goal, from, Math.min(to, thisYear));
		List<YearFigure> years = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			BigDecimal value = values.get(year);
			boolean hidden = goal.indicator().computed() && year <= thisYear && value != null
					&& this.smallNumbers.hides(value.longValue());
			boolean counted = goal.indicator().computed() && year <= thisYear;
			if (counted && value == null) {
				hidden = true;
			}
			years.add(new YearFigure(year, hidden ? null : value, hidden, targetOn(goal, year)));
		}
		YearFigure latest = years.stream()
			.filter(figure -> figure.value() != null)
			.reduce((first, second) -> second)
			.orElse(null);
		return new GoalProgress(goal, projects, years, latest, achieved(goal, latest), this.smallNumbers.threshold());
	}

	private Map<Integer, BigDecimal> values(StrategyGoal goal, int from, int to) {
		if (!goal.indicator().computed()) {
			return goal.measurements()
				.stream()
				.collect(Collectors.toMap(GoalMeasurement::year, GoalMeasurement::value));
		}
		GoalFigures source = this.figures.getIfAvailable();
		if (source == null || goal.projectIds().isEmpty() || to < from) {
			return Map.of();
		}
		return source.count(goal.indicator(), goal.projectIds(), goal.focusGroup(), from, to)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> BigDecimal.valueOf(entry.getValue())));
	}

	private static int firstYear(StrategyGoal goal, int thisYear) {
		if (goal.baselineYear() != null) {
			return goal.baselineYear();
		}
		return goal.measurements().stream().mapToInt(GoalMeasurement::year).min().orElse(thisYear);
	}

	private static BigDecimal targetOn(StrategyGoal goal, int year) {
		if (!goal.hasTarget() || year < goal.baselineYear() || year > goal.targetYear()) {
			return null;
		}
		BigDecimal span = BigDecimal.valueOf(goal.targetYear() - goal.baselineYear());
		BigDecimal step = goal.targetValue().subtract(goal.baselineValue());
		return goal.baselineValue()
			.add(step.multiply(BigDecimal.valueOf(year - goal.baselineYear())).divide(span, 2, RoundingMode.HALF_UP));
	}

	private static Integer achieved(StrategyGoal goal, YearFigure latest) {
		if (!goal.hasTarget() || latest == null || goal.targetValue().compareTo(goal.baselineValue()) == 0) {
			return null;
		}
		return latest.value()
			.subtract(goal.baselineValue())
			.multiply(BigDecimal.valueOf(100))
			.divide(goal.targetValue().subtract(goal.baselineValue()), 0, RoundingMode.HALF_UP)
			.intValue();
	}

	private GoalDefinition checked(GoalDefinition definition) {
		if (!definition.projectIds().isEmpty()) {
			Set<UUID> known = servingProjects().stream().map(ServingProject::id).collect(Collectors.toSet());
			if (!known.containsAll(definition.projectIds())) {
				throw new RuleViolation("projectIds", "strategy.rule.unknown-project");
			}
		}
		return definition;
	}

	private StrategyGoal current(GoalId id, int expectedVersion) {
		StrategyGoal goal = goal(id).orElseThrow(() -> new NotFound("strategy.not-found"));
		if (goal.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("strategy goal " + id + " was changed in the meantime");
		}
		return goal;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
