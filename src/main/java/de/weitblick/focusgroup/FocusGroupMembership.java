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

	public FocusGroupMembership {
		reasonArguments = List.copyOf(reasonArguments);
	}

	/**
	 * The arguments as a message takes them; the message bundles write the days among
	 * them in the reader's language.
	 * @return never null
	 */
	public Object[] displayArguments() {
		return this.reasonArguments.toArray();
	}

}
