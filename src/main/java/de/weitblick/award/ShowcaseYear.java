package de.weitblick.award;

import java.util.List;

/**
 * The winners of one year as the public showcase shows them: only employers that agreed
 * to be named publicly, only of announced rounds.
 *
 * @param year the year of the award
 * @param title the round's title, never null
 * @param winners never null
 */
public record ShowcaseYear(int year, String title, List<Winner> winners) {

	public ShowcaseYear {
		winners = List.copyOf(winners);
	}

	/**
	 * @param employerName never null
	 * @param citation never null
	 */
	public record Winner(String employerName, String citation) {

	}

}
