package de.weitblick.privacy;

import java.util.List;

/**
 * One page of the audit trail.
 *
 * @param entries the newest first, never null
 * @param page the page, from 0
 * @param size entries per page
 * @param hasNext whether an older page follows
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasNext) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	/**
	 * @return the number of the first entry shown, from 1; 0 when the page is empty
	 */
	public long firstNumber() {
		return this.entries.isEmpty() ? 0 : (long) this.page * this.size + 1;
	}

	/**
	 * @return the number of the last entry shown
	 */
	public long lastNumber() {
		return (long) this.page * this.size + this.entries.size();
	}

}
