package de.weitblick.workshop;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.weitblick.participant.ParticipantId;

/**
 * The Jobcenter's assignment of a person to a workshop.
 *
 * @param workshopId must not be null
 * @param participantId must not be null
 * @param birthDate the person's date of birth; a Jobcenter names the person with it, a
 * counsellor may leave it empty
 * @param startsOn must not be null
 * @param endsOn must not be null
 * @param weeklyHours more than 0 and at most 30
 * @param furtherMonthsReason why the conditions for months beyond the limit are met; only
 * the Jobcenter confirms them; null when none are asked for
 */
public record AssignmentRequest(WorkshopId workshopId, ParticipantId participantId, LocalDate birthDate,
		LocalDate startsOn, LocalDate endsOn, BigDecimal weeklyHours, String furtherMonthsReason) {

}
