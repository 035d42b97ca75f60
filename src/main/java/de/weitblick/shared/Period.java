package de.weitblick.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of calendar days, both ends included. An open end means "until further notice".
 *
 * @param start the first day, never null
 * @param end the last day, or null when the period has no end yet
 */
public record Period(LocalDate start, LocalDate end) {

	/**
	 * @throws IllegalArgumentException when the end lies before the start
	 */
	public Period {
		Objects.requireNonNull(start, "start must not be null");
		if (end != null && end.isBefore(start)) {
			throw new IllegalArgumentException("A period must not end before it starts");
		}
	}

	public static Period from(LocalDate start) {
		return new Period(start, null);
	}

	public boolean isOpenEnded() {
		return this.end == null;
	}

	/**
	 * Whether the given day lies within this period.
	 * @param day must not be null
	 */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && (this.end == null || !day.isAfter(this.end));
	}

}
