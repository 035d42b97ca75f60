package de.weitblick.placement;

import java.util.List;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * What an employer did for the focus groups over a period, computed from its offers and
 * placements, never typed.
 *
 * @param fromYear first year
 * @param toYear last year
 * @param years one row per year, never null
 * @param byFocusGroup placements started in the period per focus group of the person (one
 * person may be in several), never null
 */
public record EngagementRecord(int fromYear, int toYear, List<Year> years, List<FocusGroupCount> byFocusGroup) {

	public EngagementRecord {
		years = List.copyOf(years);
		byFocusGroup = List.copyOf(byFocusGroup);
	}

	/**
	 * @return the sums over the period, never null
	 */
	public Year total() {
		return this.years.stream()
			.reduce(new Year(0, 0, 0, 0, 0, 0, 0, 0),
					(a, b) -> new Year(0, a.placementsStarted() + b.placementsStarted(),
							a.internshipSeats() + b.internshipSeats(), a.tasterSeats() + b.tasterSeats(),
							a.hires() + b.hires(), a.hiresLastingSixMonths() + b.hiresLastingSixMonths(),
							a.modulesHosted() + b.modulesHosted(), a.socialEconomyHires() + b.socialEconomyHires()));
	}

	/**
	 * One year of an employer's engagement.
	 *
	 * @param year the calendar year (0 for a total)
	 * @param placementsStarted placements started
	 * @param internshipSeats internship and internship-module seats offered
	 * @param tasterSeats taster-slot seats offered
	 * @param hires jobs and apprenticeships started
	 * @param hiresLastingSixMonths of those, the ones that lasted six months
	 * @param modulesHosted modules of recognition plans started at the employer
	 * @param socialEconomyHires hires in care, home economics or education
	 */
	public record Year(int year, int placementsStarted, int internshipSeats, int tasterSeats, int hires,
			int hiresLastingSixMonths, int modulesHosted, int socialEconomyHires) {

	}

	/**
	 * @param focusGroup never null
	 * @param placements placements started in the period
	 */
	public record FocusGroupCount(FocusGroupCode focusGroup, int placements) {

	}

}
