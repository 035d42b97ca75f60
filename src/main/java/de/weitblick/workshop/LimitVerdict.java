package de.weitblick.workshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What the limits of § 16d (6) SGB II say about an assignment, judged in the window that
 * the assignment fills most.
 *
 * @param outcome never null
 * @param daysUsed the days already assigned in that window, without the assignment judged
 * @param daysWith the days assigned in that window with the assignment judged
 * @param windowStart the first day of that window, never null
 * @param possibleFrom the first day from which a new assignment within the limit is
 * possible; null when the assignment is within the limit
 */
public record LimitVerdict(Outcome outcome, int daysUsed, int daysWith, LocalDate windowStart, LocalDate possibleFrom) {

	/**
	 * The months already used, counted as 30 days each, to one decimal.
	 * @return never null
	 */
	public BigDecimal monthsUsed() {
		return months(this.daysUsed);
	}

	/**
	 * The months the window holds with the assignment judged.
	 * @return never null
	 */
	public BigDecimal monthsWith() {
		return months(this.daysWith);
	}

	static BigDecimal months(int days) {
		return BigDecimal.valueOf(days)
			.divide(BigDecimal.valueOf(AssignmentLimits.DAYS_PER_MONTH), 1, RoundingMode.HALF_UP);
	}

	/** What the limits say. */
	public enum Outcome {

		/** Within the months allowed without a confirmation. */
		WITHIN_LIMIT,

		/**
		 * Uses further months: allowed only with a confirmation by a person with the
		 * right and the reason on record.
		 */
		NEEDS_CONFIRMATION,

		/** Passes the months never to be passed: refused whatever is confirmed. */
		PAST_MOST;

		public String messageKey() {
			return "workshop.limit-outcome." + name();
		}

	}

}
