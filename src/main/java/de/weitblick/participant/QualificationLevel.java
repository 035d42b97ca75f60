package de.weitblick.participant;

/**
 * What a qualification is: a school-leaving certificate or a vocational or academic
 * qualification, by its level. Foreign qualifications take the level they come closest
 * to.
 */
public enum QualificationLevel {

	/** Förderschulabschluss. */
	SPECIAL_NEEDS_SCHOOL(true),

	/** Erster allgemeinbildender Schulabschluss (Hauptschulabschluss). */
	LOWER_SECONDARY(true),

	/** Mittlerer Schulabschluss (Realschulabschluss). */
	INTERMEDIATE_SECONDARY(true),

	/** Fachhochschulreife. */
	UNIVERSITY_OF_APPLIED_SCIENCES_ENTRANCE(true),

	/** Allgemeine Hochschulreife (Abitur). */
	HIGHER_EDUCATION_ENTRANCE(true),

	/** Sonstiger Schulabschluss. */
	OTHER_SCHOOL(true),

	/** Teilqualifikation. */
	PARTIAL_QUALIFICATION(false),

	/** Abgeschlossene Berufsausbildung. */
	VOCATIONAL_TRAINING(false),

	/** Meister, Techniker, Fachwirt (berufliche Fortbildung). */
	ADVANCED_VOCATIONAL(false),

	/** Bachelor. */
	BACHELOR(false),

	/** Master, Diplom, Magister, Staatsexamen. */
	MASTER(false),

	/** Promotion. */
	DOCTORATE(false),

	/** Sonstiger beruflicher Abschluss. */
	OTHER_VOCATIONAL(false);

	private final boolean school;

	QualificationLevel(boolean school) {
		this.school = school;
	}

	/**
	 * @return whether this is a school-leaving certificate rather than a vocational or
	 * academic qualification
	 */
	public boolean isSchool() {
		return this.school;
	}

	public String messageKey() {
		return "participant.qualification-level." + name();
	}

}
