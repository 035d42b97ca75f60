package de.weitblick.project;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Days as messages show them.
 */
final class Days {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private Days() {
	}

	static String shown(LocalDate day) {
		return DAY.format(day);
	}

}
