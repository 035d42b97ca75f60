package de.weitblick.participant;

/**
 * The benefit a person receives, which decides who pays and what support is voluntary.
 */
public enum BenefitBasis {

	/** Grundsicherungsgeld (SGB II). */
	SGB_II,

	/** Hilfe zum Lebensunterhalt (SGB XII, 3. Kapitel). */
	SGB_XII_CHAPTER_3,

	/** Grundsicherung im Alter und bei Erwerbsminderung (SGB XII, 4. Kapitel). */
	SGB_XII_CHAPTER_4,

	/** Arbeitslosengeld (SGB III). */
	SGB_III,

	/** Keine Leistung. */
	NONE;

	public String messageKey() {
		return "participant.benefit-basis." + name();
	}

}
