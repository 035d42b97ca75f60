package de.weitblick.focusgroup;

import java.time.LocalDate;
import java.util.List;

/**
 * A focus group with all its rules, past, present and future.
 *
 * @param code never null
 * @param rules ordered by the start of their validity, never null
 */
public record FocusGroup(FocusGroupCode code, List<FocusGroupRule> rules) {

	/**
	 * @param day must not be null
	 * @return the rules in force on that day, never null
	 */
	public List<FocusGroupRule> rulesValidOn(LocalDate day) {
		return this.rules.stream().filter(rule -> rule.isValidOn(day)).toList();
	}

}
