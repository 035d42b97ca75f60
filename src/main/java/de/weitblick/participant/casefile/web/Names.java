package de.weitblick.participant.casefile.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * Country and language names in the reader's language, for the case file page and its
 * documents.
 */
public final class Names {

	private final Locale locale;

	private final MessageSource messages;

	public Names(Locale locale, MessageSource messages) {
		this.locale = locale;
		this.messages = messages;
	}

	public String country(String code) {
		return ReferenceLists.countryName(code, this.locale);
	}

	public String language(String code) {
		return ReferenceLists.languageName(code, this.locale);
	}

	public String countries(java.util.Collection<de.weitblick.participant.Citizenship> citizenships) {
		return citizenships.stream()
			.map(citizenship -> country(citizenship.countryCode()))
			.sorted()
			.collect(Collectors.joining(", "));
	}

	public String languages(java.util.Collection<de.weitblick.participant.LanguageSkill> skills) {
		return skills.stream()
			.map(skill -> language(skill.languageCode()) + " ("
					+ this.messages.getMessage(skill.level().messageKey(), null, this.locale) + ")")
			.sorted()
			.collect(Collectors.joining(", "));
	}

}
