package de.weitblick.organisation;

/**
 * What kind of organisation a partner is.
 */
public enum PartnerKind {

	/** A Jobcenter (gemeinsame Einrichtung or zugelassener kommunaler Träger). */
	JOBCENTER,

	/** Agentur für Arbeit. */
	EMPLOYMENT_AGENCY,

	/** Bildungs- und Beschäftigungsträger. */
	EDUCATION_PROVIDER,

	/** Kreishandwerkerschaft, Handwerkskammer, IHK. */
	CHAMBER,

	/** A general or vocational school. */
	SCHOOL,

	/** An authority that decides on recognition of foreign qualifications. */
	RECOGNITION_AUTHORITY,

	/** A company of the city group (Stadtkonzern). */
	CITY_COMPANY,

	/** A funding body such as a Land ministry or the ESF managing authority. */
	FUNDING_BODY,

	/** Any other partner. */
	OTHER;

	public String messageKey() {
		return "organisation.partner-kind." + name();
	}

}
