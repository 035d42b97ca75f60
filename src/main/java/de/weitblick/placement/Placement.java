package de.weitblick.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.OfferKind;
import de.weitblick.focusgroup.FocusGroupCode;

/**
 * A placement as the pages and the API show it.
 *
 * @param id never null
 * @param version the version to send back with a change
 * @param participantId never null
 * @param participantName "family name, given names", or null when the reader may not see
 * it
 * @param employerId never null
 * @param employerName never null
 * @param offerId never null
 * @param offerTitle never null
 * @param offerKind never null
 * @param field never null
 * @param focusGroups the person's focus groups when proposed, never null
 * @param status never null
 * @param periodStartsOn the offer's first day, never null
 * @param periodEndsOn the offer's last day, null when open-ended
 * @param proposedOn never null
 * @param agreedOn may be null
 * @param startedOn may be null
 * @param endedOn may be null
 * @param endReason set when ended
 * @param followUpOn the day of the six-month follow-up, or null
 * @param stillEmployed its answer, or null
 */
public record Placement(UUID id, int version, UUID participantId, String participantName, UUID employerId,
		String employerName, UUID offerId, String offerTitle, OfferKind offerKind, OccupationalField field,
		List<FocusGroupCode> focusGroups, PlacementStatus status, LocalDate periodStartsOn, LocalDate periodEndsOn,
		LocalDate proposedOn, LocalDate agreedOn, LocalDate startedOn, LocalDate endedOn, EndReason endReason,
		LocalDate followUpOn, Boolean stillEmployed) {

	public Placement {
		focusGroups = List.copyOf(focusGroups);
	}

	/**
	 * @return the day six months after the start when the placement is a hire, or null
	 */
	public LocalDate followUpDue() {
		return (this.startedOn != null && this.offerKind.isHire()) ? this.startedOn.plusMonths(6) : null;
	}

	/**
	 * @return whether it counts for "Sozialwirtschaft integriert": a job or
	 * apprenticeship in care, home economics or education
	 */
	public boolean countsForSocialEconomy() {
		return this.offerKind.isHire() && this.field.isSocialEconomy();
	}

}
