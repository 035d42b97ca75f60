package de.weitblick.publishing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pages a public authority must publish.
 */
public enum LegalPageKind {

	/** Erklärung zur Barrierefreiheit (BITV 2.0 § 7). */
	ACCESSIBILITY("accessibility"),

	/** Datenschutzerklärung (Art. 13 GDPR). */
	PRIVACY("privacy"),

	/** Impressum (§ 5 DDG). */
	IMPRINT("imprint");

	private final String slug;

	LegalPageKind(String slug) {
		this.slug = slug;
	}

	/**
	 * @return the last part of the page's address, never null
	 */
	public String slug() {
		return this.slug;
	}

	public String messageKey() {
		return "publishing.legal." + this.slug;
	}

	/**
	 * @param slug may be null
	 * @return the page with this address part, or empty
	 */
	public static Optional<LegalPageKind> bySlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}

}
