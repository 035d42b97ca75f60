package de.weitblick.participant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A school-leaving certificate or a vocational or academic qualification, from Germany or
 * abroad. Only a foreign one has a recognition status, an original title and a German
 * reference occupation.
 *
 * @param level never null
 * @param title the qualification in German words, such as "Kauffrau für Büromanagement";
 * needed for vocational ones, may be null for school ones
 * @param yearObtained may be null
 * @param countryCode ISO 3166-1 alpha-2 of the country that awarded it, never null
 * @param originalTitle the title in the original language, only for foreign ones; may be
 * null
 * @param recognition null for German ones, never null for foreign ones
 * @param referenceOccupation the German reference occupation (Referenzberuf) of a foreign
 * vocational qualification, may be null
 */
@Table("participant_qualification")
public record Qualification(QualificationLevel level, String title, Integer yearObtained, String countryCode,
		String originalTitle, RecognitionStatus recognition, String referenceOccupation) {

	/** Where a qualification is not foreign. */
	public static final String GERMANY = "DE";

	public Qualification {
		title = blankToNull(title);
		countryCode = (countryCode == null || countryCode.isBlank()) ? GERMANY : countryCode.strip();
		originalTitle = blankToNull(originalTitle);
		referenceOccupation = blankToNull(referenceOccupation);
		if (!GERMANY.equals(countryCode) && recognition == null) {
			recognition = RecognitionStatus.NOT_APPLIED;
		}
	}

	/**
	 * @return whether it was awarded outside Germany
	 */
	public boolean isForeign() {
		return !GERMANY.equals(this.countryCode);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
