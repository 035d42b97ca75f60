package de.weitblick.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * One line of the participant list, with what the viewer's view of the case shows: a
 * field the view leaves out is null (or empty).
 *
 * @param id never null
 * @param familyName never null
 * @param givenNames never null
 * @param birthDate null when the view does not show it
 * @param districtName may be null
 * @param counsellorId null when the view does not show it
 * @param status never null
 * @param focusGroups the groups today, never null; empty when the view does not show them
 * @param view how much of the case the viewer sees, never null
 * @param grants why a viewer outside the responsible team sees the case, never null;
 * empty for the team
 */
public record ParticipantListItem(ParticipantId id, String familyName, String givenNames, LocalDate birthDate,
		String districtName, UUID counsellorId, ParticipantStatus status, List<FocusGroupCode> focusGroups,
		CaseView view, List<CaseGrant> grants) {

	public ParticipantListItem {
		focusGroups = List.copyOf(focusGroups);
		grants = List.copyOf(grants);
	}

	/**
	 * The item as a view shows it.
	 * @param shown must not be null
	 * @param grantedBy the grants it rests on, never null
	 * @return never null
	 */
	ParticipantListItem within(CaseView shown, List<CaseGrant> grantedBy) {
		boolean person = shown.shows(CaseSection.PERSON);
		return new ParticipantListItem(this.id, this.familyName, this.givenNames, person ? this.birthDate : null,
				person ? this.districtName : null, shown.shows(CaseSection.BENEFITS) ? this.counsellorId : null,
				this.status, shown.shows(CaseSection.FOCUS_GROUPS) ? this.focusGroups : List.of(), shown, grantedBy);
	}

}
