package de.weitblick.participant;

import java.util.List;

/**
 * One page of a participant list.
 *
 * @param items never null
 * @param page zero-based
 * @param size rows per page
 * @param total all rows that match
 */
public record ParticipantPage(List<ParticipantListItem> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

}
