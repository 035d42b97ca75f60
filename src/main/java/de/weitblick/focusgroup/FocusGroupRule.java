package de.weitblick.focusgroup;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.shared.Period;

/**
 * One dated rule that decides membership of a focus group. A change in law adds a rule
 * with a new validity period instead of editing the old one, so a past decision can show
 * the rule it used.
 *
 * @param id never null
 * @param focusGroup never null
 * @param validity never null
 * @param criterion what the rule tests, never null
 * @param threshold the number the criterion compares against (years, months or a year),
 * or null when it needs none
 * @param legalBasis the source in law or statistics, never null
 */
public record FocusGroupRule(UUID id, FocusGroupCode focusGroup, Period validity, String criterion, Integer threshold,
		String legalBasis) {

	/**
	 * @param day must not be null
	 */
	public boolean isValidOn(LocalDate day) {
		return this.validity.contains(day);
	}

	/**
	 * The message key of the rule's plain-language explanation; the threshold is its
	 * argument.
	 * @return never null
	 */
	public String explanationKey() {
		return "focusgroup.criterion." + this.criterion;
	}

}
