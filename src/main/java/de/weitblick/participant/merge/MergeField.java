package de.weitblick.participant.merge;

/**
 * What can differ between two records of one person; for each difference a counsellor
 * chooses which value survives. Everything else (languages, citizenships, children,
 * qualifications, occupation interests, availability, licences, plan, notes,
 * appointments, documents, consents, health restrictions) is joined without a choice.
 */
public enum MergeField {

	/** Familienname. */
	FAMILY_NAME,

	/** Vornamen. */
	GIVEN_NAMES,

	/** Geburtsdatum. */
	BIRTH_DATE,

	/** Geschlecht. */
	GENDER,

	/** Anschrift mit Stadtteil. */
	ADDRESS,

	/** Telefon. */
	PHONE,

	/** E-Mail. */
	EMAIL,

	/** Mit deutscher Staatsangehörigkeit geboren. */
	BORN_WITH_GERMAN_CITIZENSHIP,

	/** Geburtsland. */
	COUNTRY_OF_BIRTH,

	/** Jahr der Zuwanderung. */
	IMMIGRATION_YEAR,

	/** Alleinerziehend. */
	SINGLE_PARENT,

	/** Leistungsbezug. */
	BENEFIT_BASIS,

	/** Arbeitslos seit. */
	UNEMPLOYED_SINCE,

	/** Zugang über. */
	REFERRAL_SOURCE,

	/** Zuständige Fachkraft. */
	COUNSELLOR,

	/** Herkunft der Eltern (nur mit Einwilligung). */
	PARENTS_ORIGIN,

	/** Mobilität: eigenes Fahrzeug, öffentliche Verkehrsmittel, längster Arbeitsweg. */
	MOBILITY;

	public String messageKey() {
		return "participant.merge.field." + name();
	}

}
