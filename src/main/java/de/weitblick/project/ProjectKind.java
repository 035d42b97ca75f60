package de.weitblick.project;

/**
 * What kind of support a project gives.
 */
public enum ProjectKind {

	/** Übergang Schule–Beruf. */
	SCHOOL_TO_WORK,

	/** Anerkennung ausländischer Berufsqualifikationen. */
	RECOGNITION,

	/** Vermittlung in Arbeit oder Ausbildung. */
	PLACEMENT,

	/** Arbeitsgelegenheit nach § 16d SGB II. */
	WORK_OPPORTUNITY,

	/** Berufsorientierung mit Schnupperplätzen. */
	TASTER_SCHEME,

	/** Qualifizierung. */
	QUALIFICATION,

	/** Aufsuchende Arbeit. */
	OUTREACH,

	/** Sonstiges. */
	OTHER;

	public String messageKey() {
		return "project.kind." + name();
	}

}
