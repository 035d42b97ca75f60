package de.weitblick.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What exactly an audit entry records, as a message key with its arguments, so that each
 * reader sees it in their own language (the page, the CSV export). Never holds the
 * personal data itself.
 *
 * @param key a message key of the module that records it, such as
 * {@code participant.audit.closed}; never null
 * @param arguments texts, numbers, identifiers, days and {@link Term}s; never null
 */
public record AuditDetail(String key, List<Object> arguments) {

	public AuditDetail {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("An audit detail needs a message key");
		}
		List<Object> checked = new ArrayList<>();
		for (Object argument : arguments) {
			checked.add(checked(argument));
		}
		arguments = Collections.unmodifiableList(checked);
	}

	/**
	 * @param key must not be null
	 * @param arguments texts, numbers, identifiers ({@link UUID}), days
	 * ({@link LocalDate}), {@link Term}s or enum constants (kept by name); none null
	 * @return never null
	 */
	public static AuditDetail of(String key, Object... arguments) {
		return new AuditDetail(key, Arrays.asList(arguments));
	}

	/**
	 * An argument that is itself shown in the reader's language, such as a status.
	 * @param key must not be null
	 * @return never null
	 */
	public static Term term(String key) {
		return new Term(key);
	}

	private static Object checked(Object argument) {
		return switch (argument) {
			case null -> "";
			case String text -> text;
			case Integer number -> number.longValue();
			case Long number -> number;
			case UUID id -> id.toString();
			case LocalDate day -> day;
			case Term term -> term;
			case Enum<?> constant -> constant.name();
			default -> throw new IllegalArgumentException("Not an audit detail argument: " + argument.getClass());
		};
	}

	/**
	 * An argument shown through its own message key.
	 *
	 * @param key never null
	 */
	public record Term(String key) {

	}

}
