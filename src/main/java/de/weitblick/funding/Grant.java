package de.weitblick.funding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A grant (Zuwendung) of a funding programme to a project for a period, as read with its
 * budget lines.
 *
 * @param id never null
 * @param version the version a change must name
 * @param programmeId never null
 * @param programmeName never null
 * @param projectId the project in the project module, never null
 * @param startsOn never null
 * @param endsOn never null
 * @param amountCents the amount granted
 * @param coFinancingPercent the share paid by others on top, 0 to 100
 * @param noticeNumber never null
 * @param noticeDate never null
 * @param reportingDates in order, never null
 * @param lines in the order they were added, never null
 */
public record Grant(GrantId id, int version, FundingProgrammeId programmeId, String programmeName, UUID projectId,
		LocalDate startsOn, LocalDate endsOn, long amountCents, int coFinancingPercent, String noticeNumber,
		LocalDate noticeDate, List<LocalDate> reportingDates, List<BudgetLine> lines) {

	/**
	 * @return whether the month lies in the grant period
	 */
	public boolean covers(YearMonth month) {
		return !month.isBefore(YearMonth.from(this.startsOn)) && !month.isAfter(YearMonth.from(this.endsOn));
	}

	public long plannedCents() {
		return this.lines.stream().mapToLong(BudgetLine::plannedCents).sum();
	}

	public long actualCents() {
		return this.lines.stream().mapToLong(BudgetLine::actualCents).sum();
	}

	/**
	 * @return the share of the granted amount spent, in percent, or null when nothing is
	 * granted
	 */
	public Integer usedPercent() {
		return (this.amountCents > 0) ? (int) Math.round(actualCents() * 100.0 / this.amountCents) : null;
	}

}
