package de.weitblick.workshop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import de.weitblick.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of § 16d (6) SGB II, checked on seeded random records against an oracle that
 * counts day by day, and on the cases the Jobcenter meets every week.
 */
class AssignmentLimitPolicyTests {

	private static final LocalDate BASE = LocalDate.of(2018, 1, 1);

	private final AssignmentLimitPolicy law = new AssignmentLimitPolicy(AssignmentLimits.OF_THE_LAW);

	@Test
	void aPersonWithEighteenMonthsMayBeAssignedSixMoreButNotSeven() {
		List<Period> record = List.of(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 23)));
		// 540 days = 18 months used
		LimitVerdict six = this.law.judge(record, new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 27)));
		LimitVerdict seven = this.law.judge(record, new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 26)));

		assertThat(six.outcome()).isEqualTo(LimitVerdict.Outcome.WITHIN_LIMIT);
		assertThat(seven.outcome()).isEqualTo(LimitVerdict.Outcome.NEEDS_CONFIRMATION);
		assertThat(seven.monthsUsed()).isEqualByComparingTo("18.0");
		// a shorter assignment is possible at once
		assertThat(seven.possibleFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@Test
	void thirtySixMonthsAreNeverPassedAndTheRefusalNamesWhenANewWindowStarts() {
		List<Period> record = List.of(new Period(LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 13)));
		// 1081 days: 36 months and a day
		LimitVerdict verdict = this.law.judge(record, new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)));

		assertThat(verdict.outcome()).isEqualTo(LimitVerdict.Outcome.PAST_MOST);
		assertThat(verdict.monthsUsed()).isEqualByComparingTo("36.0");
		assertThat(verdict.windowStart()).isEqualTo(LocalDate.of(2023, 3, 1));
		assertThat(verdict.possibleFrom()).isEqualTo(LocalDate.of(2028, 3, 1));
	}

	@Test
	void monthsOfAnEarlierWindowDoNotCountOnceItHasEnded() {
		List<Period> record = List.of(new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31)));
		LimitVerdict verdict = this.law.judge(record, new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 6, 30)));

		assertThat(verdict.outcome()).isEqualTo(LimitVerdict.Outcome.WITHIN_LIMIT);
		assertThat(verdict.daysUsed()).isZero();
		assertThat(verdict.windowStart()).isEqualTo(LocalDate.of(2021, 1, 1));
	}

	@Test
	void theRollingReadingCountsMonthsOfTheLastFiveYearsWhereverTheyStarted() {
		AssignmentLimitPolicy rolling = new AssignmentLimitPolicy(
				new AssignmentLimits(24, 36, 5, WindowReading.ROLLING));
		List<Period> record = List.of(new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
				new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
		Period next = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));

		assertThat(this.law.judge(record, next).outcome()).isEqualTo(LimitVerdict.Outcome.WITHIN_LIMIT);
		assertThat(rolling.judge(record, next).outcome()).isEqualTo(LimitVerdict.Outcome.NEEDS_CONFIRMATION);
	}

	@ParameterizedTest(name = "{0}: seed {1}")
	@MethodSource("records")
	void theVerdictIsTheOneOfCountingDayByDay(WindowReading reading, long seed) {
		Random random = new Random(seed);
		AssignmentLimits limits = new AssignmentLimits(6 + random.nextInt(20), 0, 1 + random.nextInt(3), reading);
		limits = new AssignmentLimits(limits.months(), limits.months() + random.nextInt(12), limits.windowYears(),
				reading);
		List<Period> record = new ArrayList<>();
		LocalDate cursor = BASE.plusDays(random.nextInt(400));
		int count = random.nextInt(5);
		for (int i = 0; i < count; i++) {
			LocalDate end = cursor.plusDays(random.nextInt(500));
			record.add(new Period(cursor, end));
			cursor = end.plusDays(1 + random.nextInt(random.nextBoolean() ? 30 : 900));
		}
		LocalDate start = random.nextBoolean() ? cursor : BASE.plusDays(random.nextInt(3000));
		while (coveredBy(record, start)) {
			start = start.plusDays(1);
		}
		Period proposed = new Period(start, start.plusDays(random.nextInt(600)));
		List<Period> others = record.stream().filter(p -> !overlaps(p, proposed)).toList();

		LimitVerdict verdict = new AssignmentLimitPolicy(limits).judge(others, proposed);
		Oracle oracle = new Oracle(limits);
		Oracle.Result expected = oracle.judge(others, proposed);

		assertThat(verdict.daysWith()).as("days with the assignment").isEqualTo(expected.total());
		assertThat(verdict.daysUsed()).as("days used before").isEqualTo(expected.others());
		assertThat(verdict.windowStart()).as("window").isEqualTo(expected.start());
		assertThat(verdict.outcome()).isEqualTo(oracle.outcome(expected.total()));
		if (verdict.possibleFrom() != null) {
			LocalDate from = verdict.possibleFrom();
			assertThat(from).isAfterOrEqualTo(proposed.start());
			assertThat(oracle.outcome(oracle.judge(others, new Period(from, from)).total()))
				.isEqualTo(LimitVerdict.Outcome.WITHIN_LIMIT);
			LocalDate before = from.minusDays(1);
			if (!before.isBefore(proposed.start()) && !coveredBy(others, before)) {
				assertThat(oracle.outcome(oracle.judge(others, new Period(before, before)).total()))
					.isNotEqualTo(LimitVerdict.Outcome.WITHIN_LIMIT);
			}
		}
	}

	static Stream<Arguments> records() {
		return Stream.of(WindowReading.values())
			.flatMap(reading -> LongStream.range(0, 150).mapToObj(seed -> Arguments.of(reading, 16_000 + seed)));
	}

	private static boolean coveredBy(List<Period> record, LocalDate day) {
		return record.stream().anyMatch(p -> p.contains(day));
	}

	private static boolean overlaps(Period a, Period b) {
		return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
	}

	/** Counts the days one by one in a set; slow and obviously right. */
	private record Oracle(AssignmentLimits limits) {

		Result judge(List<Period> others, Period proposed) {
			TreeSet<LocalDate> before = days(others);
			TreeSet<LocalDate> with = days(others);
			with.addAll(days(List.of(proposed)));
			Result worst = null;
			if (this.limits.windowReading() == WindowReading.RESTARTS_AFTER_WINDOW) {
				LocalDate start = null;
				LocalDate end = null;
				List<LocalDate> starts = new ArrayList<>();
				for (LocalDate day : with) {
					if (end == null || day.isAfter(end)) {
						start = day;
						end = start.plusYears(this.limits.windowYears()).minusDays(1);
						starts.add(start);
					}
				}
				for (LocalDate windowStart : starts) {
					worst = better(worst, windowStart, before, with, proposed);
				}
			}
			else {
				for (LocalDate windowStart = proposed.start().minusYears(this.limits.windowYears() + 1); !windowStart
					.isAfter(proposed.end()); windowStart = windowStart.plusDays(1)) {
					worst = better(worst, windowStart, before, with, proposed);
				}
			}
			return worst;
		}

		private Result better(Result worst, LocalDate start, TreeSet<LocalDate> before, TreeSet<LocalDate> with,
				Period proposed) {
			LocalDate end = start.plusYears(this.limits.windowYears()).minusDays(1);
			if (end.isBefore(proposed.start()) || start.isAfter(proposed.end())) {
				return worst;
			}
			int total = count(with, start, end);
			if (worst != null && total <= worst.total()) {
				return worst;
			}
			return new Result(start, total, count(before, start, end));
		}

		private static int count(TreeSet<LocalDate> days, LocalDate start, LocalDate end) {
			return days.subSet(start, true, end, true).size();
		}

		LimitVerdict.Outcome outcome(int total) {
			if (total > this.limits.mostMonths() * 30) {
				return LimitVerdict.Outcome.PAST_MOST;
			}
			return (total > this.limits.months() * 30) ? LimitVerdict.Outcome.NEEDS_CONFIRMATION
					: LimitVerdict.Outcome.WITHIN_LIMIT;
		}

		private static TreeSet<LocalDate> days(List<Period> periods) {
			TreeSet<LocalDate> days = new TreeSet<>();
			for (Period period : periods) {
				for (LocalDate day = period.start(); !day.isAfter(period.end()); day = day.plusDays(1)) {
					days.add(day);
				}
			}
			return days;
		}

		record Result(LocalDate start, int total, int others) {
		}

	}

}
