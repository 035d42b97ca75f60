package de.weitblick.privacy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's consent to one purpose.
 *
 * @param id never null
 * @param subjectId the person, never null
 * @param purpose never null
 * @param givenOn never null
 * @param withdrawnOn null while the consent stands
 * @param recordedBy who recorded it, never null
 */
public record Consent(UUID id, UUID subjectId, ConsentPurpose purpose, LocalDate givenOn, LocalDate withdrawnOn,
		String recordedBy) {

	/**
	 * @param day must not be null
	 * @return whether the consent covers that day
	 */
	public boolean isInForceOn(LocalDate day) {
		return !this.givenOn.isAfter(day) && (this.withdrawnOn == null || this.withdrawnOn.isAfter(day));
	}

}
