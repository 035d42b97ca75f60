package de.weitblick.strategy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.shared.RuleViolation;
import de.weitblick.strategy.GoalProgress.YearFigure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The strategy module on its own, with only the modules it may use: the head of
 * department defines goals with measurable targets and records their figures; the
 * progress is measured from baseline to target.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class StrategyGoalTests {

	@Autowired
	StrategyManagement strategy;

	private static GoalDefinition rate(String title, Integer baselineYear, String baseline, Integer targetYear,
			String target) {
		return new GoalDefinition(title, "Gemessen an der Statistik der Bundesagentur für Arbeit.", null, null,
				GoalIndicator.RECORDED_RATE, baselineYear, (baseline != null) ? new BigDecimal(baseline) : null,
				targetYear, (target != null) ? new BigDecimal(target) : null, Set.of());
	}

	@Test
	void aGoalWithBaselineAndTargetShowsHowMuchOfTheWayTheLatestFigureHasCome() {
		GoalId id = this.strategy.define(
				rate("Arbeitslosenquote auf 6,0 % senken " + UUID.randomUUID(), 2019, "7.4", 2027, "6.0"),
				"controlling");
		StrategyGoal goal = this.strategy.goal(id).orElseThrow();
		this.strategy.record(id, goal.version(), new GoalMeasurement(2020, new BigDecimal("8.3"), "BA"), "controlling");
		this.strategy.record(id, goal.version() + 1, new GoalMeasurement(2023, new BigDecimal("6.7"), "BA"),
				"controlling");

		GoalProgress progress = this.strategy.progress(id);

		assertThat(progress.years()).extracting(YearFigure::year)
			.containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
		assertThat(progress.years().get(1).value()).isEqualByComparingTo("8.3");
		assertThat(progress.years().get(2).value()).isNull();
		assertThat(progress.years().get(0).target()).isEqualByComparingTo("7.4");
		assertThat(progress.years().get(8).target()).isEqualByComparingTo("6.0");
		assertThat(progress.latest().year()).isEqualTo(2023);
		// (6.7 - 7.4) / (6.0 - 7.4) = 50 %
		assertThat(progress.achievedPercent()).isEqualTo(50);
	}

	@Test
	void aFigureRecordedAgainForTheSameYearReplacesTheEarlierOne() {
		GoalId id = this.strategy.define(rate("Quote " + UUID.randomUUID(), 2019, "7.4", 2027, "6.0"), "controlling");
		this.strategy.record(id, 0, new GoalMeasurement(2024, new BigDecimal("7.0"), null), "controlling");
		this.strategy.record(id, 1, new GoalMeasurement(2024, new BigDecimal("6.9"), "korrigiert"), "controlling");

		assertThat(this.strategy.goal(id).orElseThrow().measurements()).singleElement()
			.satisfies(figure -> assertThat(figure.value()).isEqualByComparingTo("6.9"));
	}

	@Test
	void goalsThatBreakARuleAreRefusedAndNothingIsStored() {
		long before = this.strategy.goals().size();
		assertThatThrownBy(() -> this.strategy.define(rate("  ", null, null, null, null), "controlling"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("title"));
		assertThatThrownBy(() -> this.strategy.define(rate("x".repeat(201), null, null, null, null), "controlling"))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("strategy.rule.too-long"));
		assertThatThrownBy(() -> this.strategy.define(rate("Quote", 2027, "7.4", 2019, "6.0"), "controlling"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("targetYear"));
		assertThatThrownBy(() -> this.strategy.define(rate("Quote", 2019, "107", 2027, "6.0"), "controlling"))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("strategy.rule.rate-above-hundred"));
		assertThatThrownBy(() -> this.strategy.define(rate("Quote", null, null, 2027, "6.0"), "controlling"))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("baselineYear"));
		assertThatThrownBy(() -> this.strategy.define(rate("Quote", 2019, "-1", null, null), "controlling"))
			.isInstanceOf(RuleViolation.class);
		assertThat(this.strategy.goals()).hasSize((int) before);
	}

	@Test
	void figuresWeitblickCountsItselfAreNotRecordedByHand() {
		GoalId id = this.strategy.define(new GoalDefinition("Junge Menschen erreichen " + UUID.randomUUID(), null, null,
				FocusGroupCode.YOUNG_PEOPLE, GoalIndicator.PEOPLE_REACHED, 2022, BigDecimal.valueOf(40), 2026,
				BigDecimal.valueOf(80), Set.of()), "controlling");

		assertThatThrownBy(
				() -> this.strategy.record(id, 0, new GoalMeasurement(2023, BigDecimal.TEN, null), "controlling"))
			.isInstanceOfSatisfying(RuleViolation.class,
					v -> assertThat(v.messageKey()).isEqualTo("strategy.rule.indicator-is-computed"));
		// Without the projects' figures every counted year stays hidden, never shown as a
		// made-up zero.
		assertThat(this.strategy.progress(id).years()).filteredOn(y -> y.year() <= 2025)
			.allSatisfy(y -> assertThat(y.value()).isNull());
	}

	@Test
	void aChangeBasedOnAnOldVersionIsRefused() {
		GoalId id = this.strategy.define(rate("Quote " + UUID.randomUUID(), 2019, "7.4", 2027, "6.0"), "controlling");
		this.strategy.redefine(id, 0, rate("Quote neu " + UUID.randomUUID(), 2019, "7.4", 2027, "5.5"), "controlling");

		assertThatThrownBy(() -> this.strategy.redefine(id, 0, rate("Quote alt", 2019, "7.4", 2027, "6.0"), "other"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.strategy.goal(id).orElseThrow().targetValue()).isEqualByComparingTo("5.5");
	}

}
