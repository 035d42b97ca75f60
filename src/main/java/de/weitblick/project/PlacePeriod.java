package de.weitblick.project;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.shared.Period;

/**
 * The places a project offers in one period, a school year for school projects, a funding
 * year elsewhere, and how many of them are taken (offered or in use).
 *
 * @param id never null
 * @param projectId never null
 * @param version changes with every change of the places
 * @param label how people name the period, such as "2022/23", never null
 * @param startsOn never null
 * @param endsOn never null
 * @param places zero or more
 * @param occupied places offered or in use, between zero and {@code places}
 */
public record PlacePeriod(UUID id, UUID projectId, int version, String label, LocalDate startsOn, LocalDate endsOn,
		int places, int occupied) {

	/**
	 * @return never null
	 */
	public Period period() {
		return new Period(this.startsOn, this.endsOn);
	}

	/**
	 * @return the places nobody holds, zero or more
	 */
	public int free() {
		return Math.max(0, this.places - this.occupied);
	}

	/**
	 * @return whether every place is held
	 */
	public boolean isFull() {
		return this.occupied >= this.places;
	}

}
