package de.weitblick.project;

import java.time.LocalDate;

import de.weitblick.shared.Period;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The places a project offers in one period: a school year for school projects, a funding
 * year elsewhere.
 *
 * @param label how people name the period, such as "2022/23", never null
 * @param startsOn never null
 * @param endsOn never null
 * @param places zero or more
 */
@Table("place_period")
public record PlacePeriod(String label, LocalDate startsOn, LocalDate endsOn, int places) {

	/**
	 * @return never null
	 */
	public Period period() {
		return new Period(this.startsOn, this.endsOn);
	}

}
