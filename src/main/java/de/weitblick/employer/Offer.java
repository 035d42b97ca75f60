package de.weitblick.employer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer as the pages, the API and other modules see it.
 *
 * @param id never null
 * @param version the version to send back with a change
 * @param employerId never null
 * @param employerName never null
 * @param details never null
 */
public record Offer(UUID id, int version, UUID employerId, String employerName, OfferDetails details) {

	/**
	 * @return the identifier other modules keep, never null
	 */
	public OfferId offerId() {
		return new OfferId(this.id);
	}

	/**
	 * @param day must not be null
	 * @return whether the offer has ended before that day
	 */
	public boolean isExpiredOn(LocalDate day) {
		LocalDate last = this.details.lastDay();
		return last != null && last.isBefore(day);
	}

}
