package de.weitblick.dialogue.idea.web;

import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.organisation.Role;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/**
 * What the idea pages share: who moderates, and refusals as form errors or as text.
 */
final class IdeaViews {

	private IdeaViews() {
	}

	static boolean moderates(Contributor contributor) {
		return contributor.role() == Role.MODERATION || contributor.role() == Role.ADMINISTRATOR;
	}

	static void reject(BindingResult errors, RuleViolation violation) {
		if (violation.field() != null && errors.getFieldType(violation.field()) != null) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

	static String text(MessageSource messages, RuleViolation violation) {
		return messages.getMessage(violation.messageKey(), violation.arguments(), LocaleContextHolder.getLocale());
	}

	static String text(MessageSource messages, String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
