package de.weitblick.project;

/**
 * Whether a person was there on a project day or session.
 */
public enum AttendanceStatus {

	/** Anwesend, with the hours attended. */
	PRESENT,

	/** Entschuldigt gefehlt: ill, an appointment at the Jobcenter, a job interview. */
	EXCUSED,

	/** Unentschuldigt gefehlt. */
	UNEXCUSED;

	public String messageKey() {
		return "attendance.status." + name();
	}

}
