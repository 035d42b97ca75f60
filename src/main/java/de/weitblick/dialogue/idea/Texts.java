package de.weitblick.dialogue.idea;

import de.weitblick.shared.RuleViolation;

/**
 * The rules every text of the dialogue follows: required texts are not blank, no text is
 * longer than its field. Markup is stored as written and always shown as text.
 */
final class Texts {

	private Texts() {
	}

	static void required(String field, String text, int maximum) {
		if (text == null || text.isBlank()) {
			throw new RuleViolation(field, "dialogue.rule.text-required");
		}
		optional(field, text, maximum);
	}

	static void optional(String field, String text, int maximum) {
		if (text != null && text.strip().length() > maximum) {
			throw new RuleViolation(field, "dialogue.rule.text-too-long", maximum);
		}
		if (text != null && text.indexOf('\0') >= 0) {
			throw new RuleViolation(field, "dialogue.rule.text-invalid");
		}
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
