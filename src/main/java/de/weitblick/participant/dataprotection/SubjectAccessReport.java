package de.weitblick.participant.dataprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.participant.ChildInHousehold;
import de.weitblick.participant.Citizenship;
import de.weitblick.participant.JobcenterReferral;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.Occupation;
import de.weitblick.participant.ParentsOrigin;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.participant.Participation;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.Qualification;
import de.weitblick.participant.WorkConstraints;
import de.weitblick.participant.documents.CaseDocument;
import de.weitblick.participant.health.HealthRestrictions;
import de.weitblick.participant.journal.CaseNote;
import de.weitblick.participant.merge.MergeRecord;
import de.weitblick.participant.appointment.Appointment;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.Consent;

/**
 * Everything stored about a person (Art. 15 GDPR, § 83 SGB X): the data, the decisions
 * about them with their reasons, their consents, who processed the data and why, and how
 * long it is kept.
 *
 * @param generatedAt never null
 * @param generatedBy who produced the report, never null
 * @param participantId never null
 * @param details never null
 * @param parentsOrigin never null
 * @param languages never null
 * @param citizenships never null
 * @param children never null
 * @param focusGroups today, with their reasons; never null
 * @param status never null
 * @param registeredOn never null
 * @param closedOn may be null
 * @param erasureDue the day the data will be erased, null while the case is open
 * @param counsellor the responsible counsellor's name, may be null
 * @param responsibleUnit the team, may be null
 * @param consents never null
 * @param processing the audit trail of the record, the newest first; never null
 * @param appointments every appointment, never null
 * @param notes every counselling note, whoever may read it in the office; never null
 * @param documents every document of the case (without content), never null
 * @param qualifications never null
 * @param occupationInterests with their titles, never null
 * @param constraints availability and mobility, never null
 * @param health the health restrictions, null when the report's author may not see them
 * @param healthWithheld whether health restrictions are left out because the report's
 * author lacks the permission (then it does not tell whether any are stored); a permitted
 * colleague produces the full report
 * @param merges the records of the same person merged into this one, never null
 * @param referrals the Jobcenter's referrals the case came from (more than one after two
 * records of the person were merged), empty for a case registered by hand
 * @param participations the projects and offers the person was or is in, in every state,
 * the newest first; never null
 */
public record SubjectAccessReport(Instant generatedAt, String generatedBy, UUID participantId, PersonalDetails details,
		ParentsOrigin parentsOrigin, Set<LanguageSkill> languages, Set<Citizenship> citizenships,
		List<ChildInHousehold> children, List<FocusGroupMembership> focusGroups, ParticipantStatus status,
		LocalDate registeredOn, LocalDate closedOn, LocalDate erasureDue, String counsellor, String responsibleUnit,
		List<Consent> consents, List<AuditEntry> processing, List<Appointment> appointments, List<CaseNote> notes,
		List<CaseDocument> documents, List<Qualification> qualifications, List<Occupation> occupationInterests,
		WorkConstraints constraints, HealthRestrictions health, boolean healthWithheld, List<MergeRecord> merges,
		List<JobcenterReferral> referrals, List<Participation> participations) {

	/** A lifetime of reads fits; beyond that the export names the limit. */
	public static final int MAXIMUM_LOG_ENTRIES = 10_000;

}
