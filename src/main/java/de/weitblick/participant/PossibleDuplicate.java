package de.weitblick.participant;

import java.time.LocalDate;

/**
 * Someone already registered who may be the same person. Only what the viewer may see is
 * filled in: for a case of another team, the names stay empty.
 *
 * @param id null when the viewer may not see the case
 * @param familyName null when the viewer may not see the case
 * @param givenNames null when the viewer may not see the case
 * @param birthDate never null
 */
public record PossibleDuplicate(ParticipantId id, String familyName, String givenNames, LocalDate birthDate) {

	public boolean isVisible() {
		return this.id != null;
	}

}
