package de.weitblick.project;

import java.util.Arrays;
import java.util.List;

/**
 * Where a person stands on leaving a project (Verbleib bei Austritt) and at the follow-up
 * six months later. The kinds follow what the city's and the funders' reports ask for;
 * which of them count for which ESF Plus result indicator is decided in one place only,
 * {@link ResultIndicator}.
 */
public enum OutcomeKind {

	/** Sozialversicherungspflichtige Beschäftigung. */
	EMPLOYMENT,

	/**
	 * Selbstständigkeit: the ESF Plus counts it as employment (EECR04, EECR05), so it is
	 * a kind of its own rather than "other".
	 */
	SELF_EMPLOYMENT,

	/** Ausbildung (a dual or school-based apprenticeship). */
	APPRENTICESHIP,

	/** Schule: back to or on at a general or vocational school. */
	SCHOOL,

	/** Weiterbildung, Qualifizierung, another measure. */
	FURTHER_TRAINING,

	/** Anerkennung erreicht: a foreign professional qualification was recognised. */
	RECOGNITION_ACHIEVED,

	/** Sonstiges. */
	OTHER,

	/** Unbekannt: the person left without saying where to. */
	UNKNOWN,

	/** Nicht erreichbar: only at the follow-up, when the person could not be reached. */
	NOT_REACHABLE;

	/**
	 * @return the kinds that may be recorded on leaving, in the order forms show them
	 */
	public static List<OutcomeKind> onExit() {
		return Arrays.stream(values()).filter(OutcomeKind::possibleOnExit).toList();
	}

	/**
	 * @return the kinds that may be recorded at the follow-up, in the order forms show
	 * them
	 */
	public static List<OutcomeKind> atFollowUp() {
		return List.of(values());
	}

	public boolean possibleOnExit() {
		return this != NOT_REACHABLE;
	}

	public String messageKey() {
		return "outcome.kind." + name();
	}

}
