package de.weitblick.project;

/**
 * Where a project stands in its life.
 */
public enum ProjectStatus {

	/** Geplant: not yet taking participants. */
	PLANNED,

	/** Laufend: takes participants. */
	RUNNING,

	/** Beendet: no new enrolments. */
	ENDED;

	public String messageKey() {
		return "project.status." + name();
	}

}
