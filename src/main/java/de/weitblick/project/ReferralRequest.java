package de.weitblick.project;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;

/**
 * A referral of a person to a project, as a counsellor or a partner organisation sends
 * it.
 *
 * @param projectId never null
 * @param placePeriodId the period, or null for the one running today or else the next
 * @param participantId never null
 * @param birthDate the person's date of birth: a partner must give it to confirm the
 * identifier; may be null for counsellors
 * @param note why the person is referred, may be null; never more than the purpose needs
 */
public record ReferralRequest(ProjectId projectId, UUID placePeriodId, ParticipantId participantId, LocalDate birthDate,
		String note) {

}
