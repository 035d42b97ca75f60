package de.weitblick.employer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the employer module compares and keeps what people type.
 */
final class EmployerTexts {

	private static final Set<String> LEGAL_FORM_WORDS = Set.of("gmbh", "mbh", "co", "kg", "ag", "ev", "e", "v", "ug",
			"ohg", "gbr", "ek", "k", "haftungsbeschrankt", "ggmbh", "kgaa", "se", "und", "the");

	private EmployerTexts() {
	}

	/**
	 * The form of a name that similar names are compared in: lower case, without accents,
	 * punctuation and legal forms.
	 * @param name must not be null
	 * @return never null
	 */
	static String searchName(String name) {
		String plain = Normalizer
			.normalize(name.toLowerCase(Locale.GERMAN)
				.replace("ä", "ae")
				.replace("ö", "oe")
				.replace("ü", "ue")
				.replace("ß", "ss"), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", " ");
		List<String> words = new ArrayList<>();
		for (String word : plain.strip().split(" ")) {
			if (!word.isEmpty() && !LEGAL_FORM_WORDS.contains(word)) {
				words.add(word);
			}
		}
		return words.isEmpty() ? plain.strip() : String.join(" ", words);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
