package de.weitblick.participant;

/**
 * A part of a case file that a view of it shows or leaves out ({@link CaseView}). The
 * name and the state of the case are part of every view.
 */
public enum CaseSection {

	/** Geburtsdatum, Geschlecht, Anschrift und Stadtteil. */
	PERSON,

	/** Telefon und E-Mail. */
	CONTACT,

	/**
	 * Herkunft: citizenships, country of birth, year of immigration, German citizenship
	 * at birth.
	 */
	ORIGIN,

	/** Herkunft der Eltern: recorded only with consent, for the focus-group rules. */
	PARENTS_ORIGIN,

	/** Sprachen mit ihrem Niveau. */
	LANGUAGES,

	/** Haushalt: children's years of birth, single parent. */
	HOUSEHOLD,

	/** Fokusgruppen heute, mit ihrer Begründung. */
	FOCUS_GROUPS,

	/**
	 * Leistungen und Zuständigkeit: benefit basis, unemployed since, referral source,
	 * counsellor, day of registration.
	 */
	BENEFITS,

	/** Schul- und Berufsabschlüsse. */
	QUALIFICATIONS,

	/** Berufswünsche (KldB 2010). */
	OCCUPATION_INTERESTS,

	/** Rahmenbedingungen: times fitting childcare, mobility. */
	CONSTRAINTS,

	/**
	 * Gesundheitliche Einschränkungen: shown only with the viewer's own permission and
	 * the person's consent on top of the view.
	 */
	HEALTH,

	/** Förderplan: goals and steps. */
	PLAN,

	/** Termine der Beratung. */
	APPOINTMENTS,

	/** Beratungsvermerke. */
	NOTES,

	/** Dokumente. */
	DOCUMENTS,

	/** Projekte und Teilnahmen, from the modules that hold them. */
	PARTICIPATIONS,

	/** Auskunft nach Art. 15 DSGVO and the history of merged records. */
	SUBJECT_ACCESS;

	/**
	 * The message key under which the part is named, such as in the audit trail.
	 * @return never null
	 */
	public String messageKey() {
		return "participant.section." + name();
	}

}
