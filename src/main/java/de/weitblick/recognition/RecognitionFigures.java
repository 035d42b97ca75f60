package de.weitblick.recognition;

import java.util.List;

/**
 * The figures of the skilled-worker offensive per calendar year. A count between one and
 * the disclosure threshold is hidden (null), as in every published figure about people.
 *
 * @param threshold counts below it (and above zero) are hidden
 * @param years one row per year in order, never null
 */
public record RecognitionFigures(int threshold, List<Year> years) {

	public RecognitionFigures {
		years = List.copyOf(years);
	}

	/**
	 * @param year the calendar year
	 * @param peopleInRecognition people whose case was open at some time in the year,
	 * null when hidden
	 * @param modulesInsideCityGroup modules started at employers of the city group, null
	 * when hidden
	 * @param modulesOutsideCityGroup modules started at other employers, null when hidden
	 * @param recognitionsAchieved full recognitions in the year, null when hidden
	 */
	public record Year(int year, Integer peopleInRecognition, Integer modulesInsideCityGroup,
			Integer modulesOutsideCityGroup, Integer recognitionsAchieved) {

	}

}
