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
	 * Whether the rule decides on that day: it is valid, and when it is one of the two
	 * definitions of a migration history, it is the one the office has chosen.
	 * @param day must not be null
	 * @param definition the migration definition in force, must not be null
	 */
	public boolean isAppliedOn(LocalDate day, MigrationDefinition definition) {
		boolean migrationRule = java.util.Arrays.stream(MigrationDefinition.values())
			.anyMatch(candidate -> candidate.name().equals(this.criterion));
		return isValidOn(day) && (!migrationRule || definition.name().equals(this.criterion));
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
