package de.weitblick.participant.merge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.ReferralSource;
import de.weitblick.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The values of the fields two records can differ in, in words: as a counsellor chooses
 * between them and as the person reads a value not chosen.
 */
@Component
class MergeValues {

	private final OrganisationManagement organisation;

	private final MessageSource messages;

	MergeValues(OrganisationManagement organisation, MessageSource messages) {
		this.organisation = organisation;
		this.messages = messages;
	}

	/**
	 * A value of a field in words, as a counsellor chooses between them and as the person
	 * reads a value not chosen in the subject access report.
	 * @param field must not be null
	 * @param value as in a {@link MergeConflict}, may be null
	 * @param locale must not be null
	 * @return may be null for no value
	 */
	String describe(MergeField field, Object value, Locale locale) {
		if (field == MergeField.COUNSELLOR) {
			return this.organisation.staffMember((UUID) value).map(StaffMember::displayName).orElse(value.toString());
		}
		if (value instanceof ParentsOrigin origin) {
			return join(Arrays.asList(origin.motherCountryOfBirth(), origin.fatherCountryOfBirth(),
					describe(field, origin.parentBornWithoutGermanCitizenship(), locale),
					describe(field, origin.bothParentsImmigrated(), locale)));
		}
		if (value instanceof Collection<?> values) {
			return join(values.stream()
				.map(element -> (element != null) ? describe(field, element, locale) : null)
				.toList());
		}
		if (value instanceof String code && field == MergeField.COUNTRY_OF_BIRTH) {
			return Locale.of("", code).getDisplayCountry(locale);
		}
		if (value instanceof LocalDate date) {
			return Formats.of(locale).date(date);
		}
		if (value instanceof Boolean yes) {
			return this.messages.getMessage(yes ? "common.yes" : "common.no", null, locale);
		}
		if (value instanceof Gender gender) {
			return this.messages.getMessage(gender.messageKey(), null, locale);
		}
		if (value instanceof BenefitBasis basis) {
			return this.messages.getMessage(basis.messageKey(), null, locale);
		}
		if (value instanceof ReferralSource source) {
			return this.messages.getMessage(source.messageKey(), null, locale);
		}
		return (value != null) ? value.toString() : null;
	}

	private static String join(List<String> parts) {
		return String.join(", ", parts.stream().filter(Objects::nonNull).toList());
	}

}
