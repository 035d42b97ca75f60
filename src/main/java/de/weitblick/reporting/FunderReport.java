package de.weitblick.reporting;

import java.time.LocalDate;
import java.util.List;

import de.weitblick.shared.Figure;

/**
 * The figures of one funder report: the ESF Plus common output indicators at entry, the
 * participants, outcomes and result indicators per project period, and budget against
 * actuals. Every count of people has passed the small-number rule.
 *
 * @param programmeName never null
 * @param projectName the project reported on, or null for all of the programme's
 * @param from first day of the period, never null
 * @param to last day of the period, never null
 * @param threshold the disclosure threshold applied
 * @param entry the output indicators at entry, by section; never null
 * @param results per project period; never null
 * @param budget per budget line, amounts within the period; never null
 */
public record FunderReport(String programmeName, String projectName, LocalDate from, LocalDate to, int threshold,
		List<Section> entry, List<ProjectResults> results, List<BudgetRow> budget) {

	/**
	 * @return whether the period holds no entries, no leavers and no budget
	 */
	public boolean isEmpty() {
		return this.entry.stream()
			.allMatch(s -> s.rows().stream().allMatch(r -> Integer.valueOf(0).equals(r.cell().value())))
				&& this.results.isEmpty() && this.budget.isEmpty();
	}

	public long plannedCents() {
		return this.budget.stream().mapToLong(BudgetRow::plannedCents).sum();
	}

	public long actualCents() {
		return this.budget.stream().mapToLong(BudgetRow::actualCents).sum();
	}

	/**
	 * @param headingKey message key of the section's heading
	 * @param rows never null
	 */
	public record Section(String headingKey, List<Row> rows) {
	}

	/**
	 * @param labelKey message key of the row's label
	 * @param cell never null
	 */
	public record Row(String labelKey, Figure cell) {
	}

	/**
	 * @param project the project's name
	 * @param period the label of the project's period
	 * @param tookPart people who took part
	 * @param leavers people who left
	 * @param outcomes by outcome on leaving
	 * @param indicators ESF Plus result indicators
	 */
	public record ProjectResults(String project, String period, Figure tookPart, Figure leavers, List<Row> outcomes,
			List<Row> indicators) {
	}

	/**
	 * @param noticeNumber the grant notice's number
	 * @param project the project's name
	 * @param categoryKey message key of the budget category
	 * @param costCentre never null
	 * @param plannedCents planned within the period
	 * @param actualCents spent within the period
	 */
	public record BudgetRow(String noticeNumber, String project, String categoryKey, String costCentre,
			long plannedCents, long actualCents) {
	}

}
