package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * One line of the participant list.
 *
 * @param id never null
 * @param familyName never null
 * @param givenNames never null
 * @param birthDate never null
 * @param districtName may be null
 * @param counsellorId never null
 * @param status never null
 * @param focusGroups the groups today, never null
 */
public record ParticipantListItem(ParticipantId id, String familyName, String givenNames, LocalDate birthDate,
		String districtName, UUID counsellorId, ParticipantStatus status, List<FocusGroupCode> focusGroups) {

}
