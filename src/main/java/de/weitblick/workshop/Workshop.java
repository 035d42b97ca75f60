package de.weitblick.workshop;

import java.time.LocalDate;
import java.util.List;

import de.weitblick.project.ProjectId;
import de.weitblick.shared.Money;

/**
 * A workshop of a work opportunity as it is shown: not personal, so every signed-in role
 * may read it.
 *
 * @param id never null
 * @param version for changes
 * @param projectId the project whose attendance gives the hours; never null
 * @param name never null
 * @param tasks the work done in it, never null
 * @param places how many people may be assigned at once
 * @param occupied how many are assigned today
 * @param rates the allowance rates, the newest first; never null
 */
public record Workshop(WorkshopId id, int version, ProjectId projectId, String name, String tasks, int places,
		int occupied, List<Rate> rates) {

	/**
	 * The allowance per hour attended, for a period.
	 *
	 * @param validFrom never null
	 * @param validUntil null while it applies until further notice
	 * @param perHour never null
	 */
	public record Rate(LocalDate validFrom, LocalDate validUntil, Money perHour) {

		boolean appliesOn(LocalDate day) {
			return !day.isBefore(this.validFrom) && (this.validUntil == null || !day.isAfter(this.validUntil));
		}

	}

	/**
	 * @param day must not be null
	 * @return the rate that applies on the day, or null when none does
	 */
	public Rate rateOn(LocalDate day) {
		return this.rates.stream().filter(rate -> rate.appliesOn(day)).findFirst().orElse(null);
	}

}
