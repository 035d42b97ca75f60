package de.weitblick.project.web;

import de.weitblick.shared.RuleViolation;

import org.springframework.validation.BindingResult;

/**
 * Shows a rule violation at the form field it names, or above the form.
 */
public final class Forms {

	private Forms() {
	}

	public static void reject(BindingResult errors, RuleViolation violation) {
		if (violation.field() != null && errors.getFieldType(violation.field()) != null) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

}
