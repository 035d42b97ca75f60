package de.weitblick.workshop;

/**
 * Why a person was away from the workshop on a day; no allowance is paid for such a day.
 */
public enum AbsenceReason {

	/** Arbeitsunfähig erkrankt. */
	ILLNESS,

	/** Urlaub (the Federal Holiday Act applies, without holiday pay). */
	HOLIDAY,

	/** An appointment with the Jobcenter or another authority. */
	APPOINTMENT,

	/** Away with another reason the instructor accepted. */
	EXCUSED,

	/** Away without a reason. */
	UNEXCUSED;

	public String messageKey() {
		return "workshop.absence-reason." + name();
	}

}
