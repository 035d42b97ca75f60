package de.weitblick.publishing;

import java.time.Instant;
import java.util.Locale;

/**
 * One version of a legal page's text in German and English.
 *
 * @param kind never null
 * @param version the version, counted from 0; a change names the version it was based on
 * @param textGerman never null
 * @param textEnglish never null
 * @param changedBy the user name of who saved this version, never null
 * @param changedAt never null
 */
public record LegalPage(LegalPageKind kind, int version, String textGerman, String textEnglish, String changedBy,
		Instant changedAt) {

	/**
	 * @param locale must not be null
	 * @return the text in the reader's language: English for English readers, German for
	 * everybody else
	 */
	public String text(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.textEnglish : this.textGerman;
	}

	/**
	 * @return whether the text still holds a placeholder the operator must fill in
	 */
	public boolean hasPlaceholders() {
		return PageText.hasPlaceholder(this.textGerman) || PageText.hasPlaceholder(this.textEnglish);
	}

}
