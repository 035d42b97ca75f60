package de.weitblick.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a person stands in a project.
 */
public enum EnrolmentStatus {

	/** Warteliste: referred and eligible, waiting for a place. */
	WAITING,

	/** Platz angeboten: a place is held for the person. */
	OFFERED,

	/** Teilnahme läuft: the person takes part. */
	ENROLLED,

	/** Abgeschlossen: the person finished the project. */
	COMPLETED,

	/** Abgebrochen: the person left before the end. */
	DROPPED_OUT,

	/** Gewechselt: the person moved on to another project. */
	TRANSFERRED,

	/** Angebot abgelehnt: the person did not take the place offered. */
	DECLINED,

	/** Zuweisung zurückgezogen: the referral was withdrawn before a start. */
	WITHDRAWN,

	/**
	 * Zusammengeführt: the record was merged into another record of the same person that
	 * had an enrolment in the project already; that one goes on.
	 */
	MERGED;

	/** A person holds a place in these. */
	public static final Set<EnrolmentStatus> HOLDING_A_PLACE = EnumSet.of(OFFERED, ENROLLED);

	/** A person cannot be referred again to the same project while in one of these. */
	public static final Set<EnrolmentStatus> ACTIVE = EnumSet.of(WAITING, OFFERED, ENROLLED);

	public boolean holdsAPlace() {
		return HOLDING_A_PLACE.contains(this);
	}

	public boolean isActive() {
		return ACTIVE.contains(this);
	}

	public String messageKey() {
		return "enrolment.status." + name();
	}

}
