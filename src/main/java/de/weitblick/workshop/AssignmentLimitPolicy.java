package de.weitblick.workshop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import de.weitblick.shared.Period;

/**
 * The limits of § 16d (6) SGB II: at most the allowed months of assignments within a
 * window of years, counted across all assignments of the person on record; further months
 * up to a most only with a confirmation. Days are counted once even where periods meet;
 * months are 30 days (§ 191 BGB). Only the windows that hold a day of the assignment
 * judged are judged, so a record that passed a limit before with a confirmation does not
 * block an assignment in a later window.
 */
public final class AssignmentLimitPolicy {

	private final AssignmentLimits limits;

	public AssignmentLimitPolicy(AssignmentLimits limits) {
		this.limits = limits;
	}

	/**
	 * @param others the person's other assignments on record, each with an end; never
	 * null
	 * @param proposed the assignment made or extended (with its new end); must have an
	 * end
	 * @return never null
	 */
	public LimitVerdict judge(Collection<Period> others, Period proposed) {
		List<long[]> before = merge(others);
		long[] judged = { proposed.start().toEpochDay(), proposed.end().toEpochDay() };
		Window worst = worst(before, judged);
		LimitVerdict.Outcome outcome = (worst.total > this.limits.mostDays()) ? LimitVerdict.Outcome.PAST_MOST
				: (worst.total > this.limits.days()) ? LimitVerdict.Outcome.NEEDS_CONFIRMATION
						: LimitVerdict.Outcome.WITHIN_LIMIT;
		LocalDate possibleFrom = (outcome == LimitVerdict.Outcome.WITHIN_LIMIT) ? null
				: possibleFrom(before, judged[0]);
		return new LimitVerdict(outcome, (int) worst.others, (int) worst.total, LocalDate.ofEpochDay(worst.start),
				possibleFrom);
	}

	/**
	 * The first day from the given one on that is not assigned yet and on which a new
	 * assignment keeps every window within the months allowed without a confirmation.
	 */
	private LocalDate possibleFrom(List<long[]> before, long from) {
		for (long day = from;; day++) {
			if (covers(before, day)) {
				continue;
			}
			if (worst(before, new long[] { day, day }).total <= this.limits.days()) {
				return LocalDate.ofEpochDay(day);
			}
		}
	}

	private Window worst(List<long[]> before, long[] judged) {
		List<long[]> all = new ArrayList<>(before);
		all.add(judged);
		List<long[]> with = merge(all);
		return switch (this.limits.windowReading()) {
			case RESTARTS_AFTER_WINDOW -> worstRestarting(before, with, judged);
			case ROLLING -> worstRolling(before, with, judged);
		};
	}

	private Window worstRestarting(List<long[]> before, List<long[]> with, long[] judged) {
		Window worst = null;
		long next = with.get(0)[0];
		int i = 0;
		while (i < with.size()) {
			long start = Math.max(next, with.get(i)[0]);
			long end = windowEnd(start);
			while (i < with.size() && with.get(i)[1] <= end) {
				i++;
			}
			next = end + 1;
			if (overlap(judged, start, end) > 0) {
				Window window = new Window(start, overlap(with, start, end), overlap(before, start, end));
				if (worst == null || window.total > worst.total) {
					worst = window;
				}
			}
		}
		return worst;
	}

	private Window worstRolling(List<long[]> before, List<long[]> with, long[] judged) {
		Window worst = null;
		long first = LocalDate.ofEpochDay(judged[0]).minusYears(this.limits.windowYears()).toEpochDay();
		for (long start = first; start <= judged[1]; start++) {
			long end = windowEnd(start);
			if (end < judged[0]) {
				continue;
			}
			long total = overlap(with, start, end);
			if (worst == null || total > worst.total) {
				worst = new Window(start, total, overlap(before, start, end));
			}
		}
		return worst;
	}

	private long windowEnd(long start) {
		return LocalDate.ofEpochDay(start).plusYears(this.limits.windowYears()).toEpochDay() - 1;
	}

	private static long overlap(List<long[]> periods, long start, long end) {
		long days = 0;
		for (long[] period : periods) {
			days += overlap(period, start, end);
		}
		return days;
	}

	private static long overlap(long[] period, long start, long end) {
		return Math.max(0, Math.min(period[1], end) - Math.max(period[0], start) + 1);
	}

	private static boolean covers(List<long[]> periods, long day) {
		return periods.stream().anyMatch(p -> p[0] <= day && day <= p[1]);
	}

	private static List<long[]> merge(Collection<?> periods) {
		List<long[]> sorted = new ArrayList<>();
		for (Object period : periods) {
			if (period instanceof Period p) {
				sorted.add(new long[] { p.start().toEpochDay(), p.end().toEpochDay() });
			}
			else {
				sorted.add(((long[]) period).clone());
			}
		}
		sorted.sort(Comparator.comparingLong(p -> p[0]));
		List<long[]> merged = new ArrayList<>();
		for (long[] period : sorted) {
			long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && period[0] <= last[1] + 1) {
				last[1] = Math.max(last[1], period[1]);
			}
			else {
				merged.add(period);
			}
		}
		return merged;
	}

	private record Window(long start, long total, long others) {
	}

}
