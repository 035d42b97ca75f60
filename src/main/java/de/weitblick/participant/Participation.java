package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's way through a project or another offer, as the module that holds it tells
 * it: shown on the case file and part of the subject-access report.
 *
 * @param id the identifier in the module that holds it, never null
 * @param offer the project's or offer's name, never null
 * @param period the period of places, may be null
 * @param status the state as a code, such as {@code ENROLLED}; never null
 * @param statusKey message key of the state's name, never null
 * @param referredOn never null
 * @param offeredOn may be null
 * @param startedOn may be null
 * @param endedOn may be null
 * @param facts what else is stored about it, each with its label; never null
 * @param link the address of the offer's page, may be null
 */
public record Participation(UUID id, String offer, String period, String status, String statusKey, LocalDate referredOn,
		LocalDate offeredOn, LocalDate startedOn, LocalDate endedOn, List<Fact> facts, String link) {

	public Participation {
		facts = List.copyOf(facts);
	}

	/**
	 * One more thing stored about a participation, such as the note on the exit.
	 *
	 * @param labelKey message key of the label, never null
	 * @param value the text as stored, or null when {@code valueKey} names it
	 * @param valueKey message key of a named value (a status, a focus group) or of a
	 * value made of its arguments (a day, hours), or null
	 * @param valueArguments the arguments of {@code valueKey}, days as {@code LocalDate}
	 * so the reader's language writes them; never null
	 */
	public record Fact(String labelKey, String value, String valueKey, List<Object> valueArguments) {

		public Fact {
			valueArguments = List.copyOf(valueArguments);
		}

		public static Fact text(String labelKey, String value) {
			return new Fact(labelKey, value, null, List.of());
		}

		public static Fact named(String labelKey, String valueKey) {
			return new Fact(labelKey, null, valueKey, List.of());
		}

		/**
		 * @param labelKey message key of the label, never null
		 * @param valueKey message key of the value, never null
		 * @param arguments its arguments, none of them null
		 */
		public static Fact of(String labelKey, String valueKey, Object... arguments) {
			return new Fact(labelKey, null, valueKey, List.of(arguments));
		}

		/**
		 * @return the arguments as a message needs them, never null
		 */
		public Object[] argumentArray() {
			return this.valueArguments.toArray();
		}

	}

}
