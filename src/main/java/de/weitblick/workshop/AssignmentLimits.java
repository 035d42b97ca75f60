package de.weitblick.workshop;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The legal limits of § 16d (6) SGB II as settings, so a change in the law or in its
 * reading is a change of configuration: months in a window without and with the confirmed
 * further months, the window's length and its reading. Months are counted as 30 days
 * each, as § 191 BGB counts months that need not run together.
 *
 * @param months the months allowed in a window without a confirmation (24)
 * @param mostMonths the months never to be passed, confirmed further months included (36)
 * @param windowYears the window's length in years (5)
 * @param windowReading how the window is read; never null
 */
@ConfigurationProperties("weitblick.workshop.limits")
public record AssignmentLimits(int months, int mostMonths, int windowYears, WindowReading windowReading) {

	/** Days counted per month (§ 191 BGB). */
	public static final int DAYS_PER_MONTH = 30;

	/** The limits of the law as read today. */
	public static final AssignmentLimits OF_THE_LAW = new AssignmentLimits(24, 36, 5,
			WindowReading.RESTARTS_AFTER_WINDOW);

	public AssignmentLimits {
		if (months <= 0) {
			months = 24;
		}
		if (mostMonths < months) {
			mostMonths = Math.max(36, months);
		}
		if (windowYears <= 0) {
			windowYears = 5;
		}
		if (windowReading == null) {
			windowReading = WindowReading.RESTARTS_AFTER_WINDOW;
		}
	}

	int days() {
		return this.months * DAYS_PER_MONTH;
	}

	int mostDays() {
		return this.mostMonths * DAYS_PER_MONTH;
	}

}
