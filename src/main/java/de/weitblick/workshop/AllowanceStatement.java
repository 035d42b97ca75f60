package de.weitblick.workshop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import de.weitblick.shared.Money;

/**
 * A person's monthly statement of the allowance (Mehraufwandsentschädigung): the hours
 * attended per day from the project's attendance, the rate of the day and the amount.
 * Days away and days without attendance are paid nothing.
 *
 * @param assignmentId never null
 * @param personName never null
 * @param workshopName never null
 * @param month never null
 * @param days the days with attendance or an absence, in their order; never null
 * @param hours the hours attended in the month, never null
 * @param total the allowance of the month, never null
 */
public record AllowanceStatement(AssignmentId assignmentId, String personName, String workshopName, YearMonth month,
		List<Day> days, BigDecimal hours, Money total) {

	/**
	 * One day of the statement.
	 *
	 * @param day never null
	 * @param hours the hours attended, zero on a day away
	 * @param perHour the rate of the day, null when none is set
	 * @param amount never null
	 * @param absence the reason on a day away, else null
	 */
	public record Day(LocalDate day, BigDecimal hours, Money perHour, Money amount, AbsenceReason absence) {
	}

}
