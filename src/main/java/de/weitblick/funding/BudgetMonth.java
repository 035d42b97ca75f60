package de.weitblick.funding;

import java.time.YearMonth;

/**
 * The planned and actual amount of a budget line in one month of the grant period.
 *
 * @param month never null
 * @param plannedCents the amount planned, zero or more
 * @param actualCents the amount spent, or null while none is recorded
 */
public record BudgetMonth(YearMonth month, long plannedCents, Long actualCents) {

}
