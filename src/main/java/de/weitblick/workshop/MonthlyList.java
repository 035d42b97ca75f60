package de.weitblick.workshop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import de.weitblick.shared.Money;

/**
 * The Jobcenter's monthly list of a workshop: everybody assigned in the month, the hours
 * attended, the days away and the allowance.
 *
 * @param workshopId never null
 * @param workshopName never null
 * @param month never null
 * @param rows in the order of the names; never null
 */
public record MonthlyList(WorkshopId workshopId, String workshopName, YearMonth month, List<Row> rows) {

	/**
	 * One person's line.
	 *
	 * @param assignmentId never null
	 * @param personName never null
	 * @param startsOn never null
	 * @param endsOn never null
	 * @param weeklyHours never null
	 * @param daysPresent days with hours attended
	 * @param daysAbsent days away with a reason on record
	 * @param hours never null
	 * @param allowance never null
	 */
	public record Row(AssignmentId assignmentId, String personName, LocalDate startsOn, LocalDate endsOn,
			BigDecimal weeklyHours, int daysPresent, int daysAbsent, BigDecimal hours, Money allowance) {
	}

	/**
	 * @return the allowance of all rows, never null
	 */
	public Money total() {
		return this.rows.stream().map(Row::allowance).reduce(Money.ZERO, Money::plus);
	}

}
