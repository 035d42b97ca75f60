package de.weitblick.participant;

import java.util.List;

import de.weitblick.focusgroup.FocusGroupMembership;

/**
 * A participant as the viewer may see them, with the focus groups they belong to today.
 *
 * @param participant never null
 * @param focusGroups each with its reason, never null
 * @param consentToParentsOrigin whether the parents' origin may be recorded
 * @param mayChange whether the viewer may change the case file
 */
public record CaseFile(Participant participant, List<FocusGroupMembership> focusGroups, boolean consentToParentsOrigin,
		boolean mayChange) {

}
