package de.weitblick.privacy;

/**
 * Why personal data was processed: every audit entry names its purpose (§ 67c SGB X).
 */
public enum AccessPurpose {

	/** Fallbearbeitung: working on one person's case. */
	CASE_WORK,

	/** Fallübersicht: the counsellor's caseload list. */
	CASELOAD,

	/** Personensuche. */
	SEARCH,

	/** Registrierung einer Person. */
	REGISTRATION,

	/**
	 * Projektarbeit: referrals, waiting lists and enrolments of a project, for its lead
	 * and the people's counsellors; the case files of its participants for its lead and
	 * its instructors.
	 */
	PROJECT_WORK,

	/**
	 * Vermittlung: placements of people with employers, for the employer service.
	 */
	PLACEMENT,

	/**
	 * Arbeitgeberbetreuung: the contact persons of employers, for the employer service
	 * and the employer's own account.
	 */
	EMPLOYER_RELATIONS,

	/**
	 * Anerkennung: a person's recognition case with its internship modules, for
	 * counsellors and the employer service of the person's unit.
	 */
	RECOGNITION,

	/** Datenübermittlung an eine Partnerorganisation über die Schnittstelle. */
	PARTNER_INTERFACE,

	/** Auskunft nach Art. 15 DSGVO. */
	SUBJECT_ACCESS,

	/** Löschung nach Ablauf der Aufbewahrungsfrist. */
	RETENTION,

	/**
	 * Rechteverwaltung: who may see which personal data, such as the permission for
	 * health data (Art. 9 GDPR).
	 */
	PERMISSION_ADMINISTRATION,

	/**
	 * Datenschutzkontrolle: an administrator or the data protection officer looking into
	 * the audit trail, which shows who read whose data.
	 */
	DATA_PROTECTION_REVIEW;

	public String messageKey() {
		return "privacy.purpose." + name();
	}

}
