package de.weitblick.participant.casefile.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Countries and languages by their ISO codes, named in the reader's language. The codes
 * are what is stored, so a name never has to be parsed back.
 */
public final class ReferenceLists {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private ReferenceLists() {
	}

	public static boolean isCountry(String code) {
		return code != null && COUNTRIES.contains(code);
	}

	public static boolean isLanguage(String code) {
		return code != null && LANGUAGES.contains(code);
	}

	static List<Option> countries(Locale locale) {
		return sorted(Arrays.stream(Locale.getISOCountries())
			.map(code -> new Option(code, Locale.of("", code).getDisplayCountry(locale))), locale);
	}

	static List<Option> languages(Locale locale) {
		return sorted(Arrays.stream(Locale.getISOLanguages())
			.map(code -> new Option(code, Locale.of(code).getDisplayLanguage(locale)))
			.filter(option -> !option.label().equals(option.code())), locale);
	}

	static String countryName(String code, Locale locale) {
		return (code != null) ? Locale.of("", code).getDisplayCountry(locale) : null;
	}

	static String languageName(String code, Locale locale) {
		return (code != null) ? Locale.of(code).getDisplayLanguage(locale) : null;
	}

	private static List<Option> sorted(java.util.stream.Stream<Option> options, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return options.sorted(Comparator.comparing(Option::label, collator)).toList();
	}

	/**
	 * @param code the stored value
	 * @param label what a person reads
	 */
	record Option(String code, String label) {
	}

}
