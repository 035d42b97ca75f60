package de.weitblick.privacy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What to look for in the audit trail, one page at a time, the newest entries first.
 *
 * @param actor the beginning of the user name of who did it, or null for everyone
 * @param subjectId one record (a person, alone or in a list), or null for all
 * @param from the first day (Europe/Berlin), or null
 * @param to the last day (Europe/Berlin), or null
 * @param page the page, from 0
 * @param size entries per page, at least 1; a page asked for by a person holds at most
 * 1,000
 */
public record AuditSearch(String actor, UUID subjectId, LocalDate from, LocalDate to, int page, int size) {

	/** Entries on a page unless asked otherwise. */
	public static final int DEFAULT_SIZE = 50;

	public AuditSearch {
		actor = (actor == null || actor.isBlank()) ? null : actor.strip();
		if (page < 0) {
			throw new IllegalArgumentException("The page starts at 0");
		}
		if (size < 1) {
			throw new IllegalArgumentException("A page holds at least one entry");
		}
	}

	/**
	 * @return the same search on another page, never null
	 */
	public AuditSearch onPage(int other) {
		return new AuditSearch(this.actor, this.subjectId, this.from, this.to, other, this.size);
	}

	/**
	 * @return whether the search narrows the trail at all
	 */
	public boolean isNarrowed() {
		return this.actor != null || this.subjectId != null || this.from != null || this.to != null;
	}

}
