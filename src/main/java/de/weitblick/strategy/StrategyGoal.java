package de.weitblick.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A key point of the labour-market strategy (Eckpunkt) with a measurable target, such as
 * "reduce long-term unemployment in Kassel to 2.0 % by 2027": its indicator, a baseline,
 * the target, the projects that serve it and, for indicators Weitblick cannot count
 * itself, the figures recorded year by year.
 */
@Table("strategy_goal")
public class StrategyGoal {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	static final int TITLE_LENGTH = 200;

	static final int DESCRIPTION_LENGTH = 4000;

	static final int SUMMARY_LENGTH = 2000;

	static final int SOURCE_LENGTH = 300;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal LARGEST = new BigDecimal("9999999999.99");

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private String title;

	private String description;

	private String plainSummary;

	private FocusGroupCode focusGroup;

	private GoalIndicator indicator;

	private Integer baselineYear;

	private BigDecimal baselineValue;

	private Integer targetYear;

	private BigDecimal targetValue;

	@MappedCollection(idColumn = "goal_id")
	private Set<GoalMeasurement> measurements;

	@MappedCollection(idColumn = "goal_id")
	private Set<GoalProject> projects;

	private String changedBy;

	private Instant changedAt;

	@PersistenceCreator
	StrategyGoal(UUID id, Integer version, String title, String description, String plainSummary,
			FocusGroupCode focusGroup, GoalIndicator indicator, Integer baselineYear, BigDecimal baselineValue,
			Integer targetYear, BigDecimal targetValue, Set<GoalMeasurement> measurements, Set<GoalProject> projects,
			String changedBy, Instant changedAt) {
		this.id = id;
		this.version = version;
		this.title = title;
		this.description = description;
		this.plainSummary = plainSummary;
		this.focusGroup = focusGroup;
		this.indicator = indicator;
		this.baselineYear = baselineYear;
		this.baselineValue = baselineValue;
		this.targetYear = targetYear;
		this.targetValue = targetValue;
		this.measurements = new HashSet<>(measurements);
		this.projects = new HashSet<>(projects);
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	/**
	 * @param definition must not be null
	 * @param by the user name of who defines it, must not be null
	 * @param at must not be null
	 * @return a new goal
	 * @throws RuleViolation when the definition breaks a rule
	 */
	static StrategyGoal define(GoalDefinition definition, String by, Instant at) {
		StrategyGoal goal = new StrategyGoal(TimeOrderedIds.next(), null, null, null, null, null, null, null, null,
				null, null, Set.of(), Set.of(), by, at);
		goal.redefine(definition, by, at);
		return goal;
	}

	/**
	 * Replaces what the head of department states about the goal. The figures recorded so
	 * far stay; they are dropped only when the indicator becomes one Weitblick counts
	 * itself.
	 * @throws RuleViolation when the definition breaks a rule
	 */
	void redefine(GoalDefinition definition, String by, Instant at) {
		String title = strip(definition.title());
		if (title == null) {
			throw new RuleViolation("title", "strategy.rule.title-required");
		}
		limit("title", title, TITLE_LENGTH);
		limit("description", definition.description(), DESCRIPTION_LENGTH);
		limit("plainSummary", definition.plainSummary(), SUMMARY_LENGTH);
		if (definition.indicator() == null) {
			throw new RuleViolation("indicator", "strategy.rule.indicator-required");
		}
		year("baselineYear", definition.baselineYear());
		year("targetYear", definition.targetYear());
		value("baselineValue", definition.baselineValue(), definition.indicator());
		value("targetValue", definition.targetValue(), definition.indicator());
		if ((definition.baselineYear() == null) != (definition.baselineValue() == null)) {
			throw new RuleViolation("baselineValue", "strategy.rule.baseline-incomplete");
		}
		if ((definition.targetYear() == null) != (definition.targetValue() == null)) {
			throw new RuleViolation("targetValue", "strategy.rule.target-incomplete");
		}
		if (definition.targetYear() != null && definition.baselineYear() == null) {
			throw new RuleViolation("baselineYear", "strategy.rule.target-needs-baseline");
		}
		if (definition.targetYear() != null && definition.targetYear() <= definition.baselineYear()) {
			throw new RuleViolation("targetYear", "strategy.rule.target-after-baseline");
		}
		this.title = title;
		this.description = strip(definition.description());
		this.plainSummary = strip(definition.plainSummary());
		this.focusGroup = definition.focusGroup();
		this.indicator = definition.indicator();
		this.baselineYear = definition.baselineYear();
		this.baselineValue = definition.baselineValue();
		this.targetYear = definition.targetYear();
		this.targetValue = definition.targetValue();
		if (this.indicator.computed()) {
			this.measurements.clear();
		}
		this.projects = definition.projectIds().stream().map(GoalProject::new).collect(Collectors.toSet());
		touch(by, at);
	}

	/**
	 * Links the project to the goal or unlinks it, as the project's form says.
	 * @return whether the goal changed
	 */
	boolean serve(UUID projectId, boolean serves, String by, Instant at) {
		boolean changed = serves ? this.projects.add(new GoalProject(projectId))
				: this.projects.removeIf(project -> project.projectId().equals(projectId));
		if (changed) {
			touch(by, at);
		}
		return changed;
	}

	/**
	 * Records the figure of a year, replacing one recorded before for that year.
	 * @throws RuleViolation when Weitblick counts the figure itself, or the figure breaks
	 * a rule
	 */
	void record(GoalMeasurement measurement, String by, Instant at) {
		if (this.indicator.computed()) {
			throw new RuleViolation(null, "strategy.rule.indicator-is-computed");
		}
		year("year", measurement.year());
		if (measurement.value() == null) {
			throw new RuleViolation("value", "strategy.rule.value-required");
		}
		value("value", measurement.value(), this.indicator);
		limit("source", measurement.source(), SOURCE_LENGTH);
		this.measurements.removeIf(recorded -> recorded.year() == measurement.year());
		this.measurements
			.add(new GoalMeasurement(measurement.year(), measurement.value(), strip(measurement.source())));
		touch(by, at);
	}

	private void touch(String by, Instant at) {
		this.changedBy = by;
		this.changedAt = at;
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static void limit(String field, String text, int length) {
		if (text != null && text.strip().length() > length) {
			throw new RuleViolation(field, "strategy.rule.too-long", length);
		}
	}

	private static void year(String field, Integer year) {
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			throw new RuleViolation(field, "strategy.rule.year-out-of-range", FIRST_YEAR, LAST_YEAR);
		}
	}

	private static void value(String field, BigDecimal value, GoalIndicator indicator) {
		if (value == null) {
			return;
		}
		if (value.signum() < 0 || value.compareTo(LARGEST) > 0) {
			throw new RuleViolation(field, "strategy.rule.value-out-of-range");
		}
		if (indicator.rate() && value.compareTo(HUNDRED) > 0) {
			throw new RuleViolation(field, "strategy.rule.rate-above-hundred");
		}
		if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
			throw new RuleViolation(field, "strategy.rule.two-decimals");
		}
	}

	public GoalId id() {
		return new GoalId(this.id);
	}

	/**
	 * @return the version a change must name, never null once stored
	 */
	public Integer version() {
		return this.version;
	}

	public String title() {
		return this.title;
	}

	/**
	 * @return may be null
	 */
	public String description() {
		return this.description;
	}

	/**
	 * @return the summary in plain language (Leichte Sprache), may be null
	 */
	public String plainSummary() {
		return this.plainSummary;
	}

	/**
	 * @return the focus group the goal is about, or null for everybody
	 */
	public FocusGroupCode focusGroup() {
		return this.focusGroup;
	}

	public GoalIndicator indicator() {
		return this.indicator;
	}

	/**
	 * @return may be null
	 */
	public Integer baselineYear() {
		return this.baselineYear;
	}

	/**
	 * @return may be null
	 */
	public BigDecimal baselineValue() {
		return this.baselineValue;
	}

	/**
	 * @return may be null
	 */
	public Integer targetYear() {
		return this.targetYear;
	}

	/**
	 * @return may be null
	 */
	public BigDecimal targetValue() {
		return this.targetValue;
	}

	/**
	 * @return whether a baseline and a target are set, so progress can be measured
	 */
	public boolean hasTarget() {
		return this.targetValue != null && this.baselineValue != null;
	}

	/**
	 * @return the figures recorded by hand, by year; never null
	 */
	public List<GoalMeasurement> measurements() {
		return this.measurements.stream().sorted(Comparator.comparingInt(GoalMeasurement::year)).toList();
	}

	/**
	 * @return the identifiers of the projects that serve the goal, never null
	 */
	public Set<UUID> projectIds() {
		return this.projects.stream().map(GoalProject::projectId).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * @return the user name of who changed the goal last, never null
	 */
	public String changedBy() {
		return this.changedBy;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	/**
	 * @return what is stated now, as a form starts from it; never null
	 */
	public GoalDefinition definition() {
		return new GoalDefinition(this.title, this.description, this.plainSummary, this.focusGroup, this.indicator,
				this.baselineYear, this.baselineValue, this.targetYear, this.targetValue, projectIds());
	}

}
