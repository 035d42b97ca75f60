package de.weitblick.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One change of a period's places, kept for good.
 *
 * @param id never null
 * @param placePeriodId never null
 * @param placesBefore zero or more
 * @param placesAfter zero or more, never equal to {@code placesBefore}
 * @param effectiveOn the day the change takes effect, never null
 * @param reason why, never blank
 * @param changedBy the user name of who changed it, never null
 * @param changedAt never null
 */
public record CapacityChange(UUID id, UUID placePeriodId, int placesBefore, int placesAfter, LocalDate effectiveOn,
		String reason, String changedBy, Instant changedAt) {

	/**
	 * @return the change against the places before in whole percent, or null when there
	 * were none before
	 */
	public Integer changePercent() {
		return (this.placesBefore > 0) ? Math.round((this.placesAfter - this.placesBefore) * 100f / this.placesBefore)
				: null;
	}

}
