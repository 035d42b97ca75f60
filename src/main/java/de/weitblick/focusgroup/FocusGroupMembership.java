package de.weitblick.focusgroup;

import java.util.List;
import java.util.UUID;

/**
 * A person belongs to a focus group, and why: the rule that decided it and the facts it
 * used, as a message key with its arguments so the reason can be read in plain German (or
 * English).
 *
 * @param focusGroup never null
 * @param ruleId the rule that decided, never null; stored with a decision so it can be
 * shown later even after the law changed
 * @param reasonKey message key of the reason, never null
 * @param reasonArguments the figures the reason names, never null
 */
public record FocusGroupMembership(FocusGroupCode focusGroup, UUID ruleId, String reasonKey,
		List<Object> reasonArguments) {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("dd.MM.yyyy");

	public FocusGroupMembership {
		reasonArguments = List.copyOf(reasonArguments);
	}

	/**
	 * The arguments as a message shows them: days as dd.MM.yyyy, numbers as they are.
	 * @return never null
	 */
	public Object[] displayArguments() {
		return this.reasonArguments.stream()
			.map(argument -> (argument instanceof java.time.LocalDate day) ? DAY.format(day) : argument)
			.toArray();
	}

}
