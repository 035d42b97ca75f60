package de.weitblick.funding;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A budget line of a grant with its amounts per month of the grant period.
 *
 * @param id never null
 * @param category never null
 * @param costCentre the cost centre (Kostenstelle) the city's finance system books it
 * under, never null
 * @param months every month of the grant period in order, never null
 */
public record BudgetLine(UUID id, BudgetCategory category, String costCentre, List<BudgetMonth> months) {

	public long plannedCents() {
		return this.months.stream().mapToLong(BudgetMonth::plannedCents).sum();
	}

	public long actualCents() {
		return this.months.stream()
			.map(BudgetMonth::actualCents)
			.filter(Objects::nonNull)
			.mapToLong(Long::longValue)
			.sum();
	}

	/**
	 * @return whether more was spent than planned for the whole period
	 */
	public boolean overspent() {
		return actualCents() > plannedCents();
	}

}
