package de.weitblick.privacy;

import java.time.LocalDate;
import java.util.Locale;

import de.weitblick.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows an audit entry's detail and kind of record in the reader's language, with the
 * message bundles; an older entry's free text as it was written.
 */
@Component
public class AuditDetails {

	private final MessageSource messages;

	AuditDetails(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param entry must not be null
	 * @param locale must not be null
	 * @return the detail, empty when the entry has none; never null
	 */
	public String describe(AuditEntry entry, Locale locale) {
		if (entry.structured() != null) {
			AuditDetail detail = entry.structured();
			Object[] arguments = detail.arguments().stream().map(argument -> switch (argument) {
				case LocalDate day -> Formats.of(locale).date(day);
				case AuditDetail.Term term -> this.messages.getMessage(term.key(), null, term.key(), locale);
				default -> argument;
			}).toArray();
			return this.messages.getMessage(detail.key(), arguments, detail.key(), locale);
		}
		return (entry.detail() != null) ? entry.detail() : "";
	}

	/**
	 * @param entry must not be null
	 * @param locale must not be null
	 * @return the kind of record, such as "Fallakte", or its code when it has no name
	 */
	public String subjectType(AuditEntry entry, Locale locale) {
		return this.messages.getMessage("privacy.subject-type." + entry.subjectType(), null, entry.subjectType(),
				locale);
	}

}
