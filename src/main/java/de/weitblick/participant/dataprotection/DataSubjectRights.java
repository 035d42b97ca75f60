package de.weitblick.participant.dataprotection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFileErased;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.Catalogues;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.appointment.Appointments;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.health.HealthRestrictions;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.merge.MergeRecord;
import de.weitblick.participant.persistence.ParticipantRepository;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.privacy.Consents;
import de.weitblick.privacy.RetentionRuns;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rights of the people whose case files are kept: the report of everything stored
 * about a person (Art. 15 GDPR) and the erasure of closed cases when their retention
 * period ends.
 */
@Service
@Transactional
public class DataSubjectRights {

	private final ParticipantRepository participants;

	private final JdbcClient jdbc;

	private final FocusGroupManagement focusGroups;

	private final OrganisationManagement organisation;

	private final AuditTrail audit;

	private final Consents consents;

	private final RetentionRuns retentionRuns;

	private final CaseJournal journal;

	private final Appointments appointments;

	private final CaseDocuments documents;

	private final CaseFileGuard guard;

	private final HealthData health;

	private final CaseFileReading caseFiles;

	private final Catalogues catalogues;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DataSubjectRights(ParticipantRepository participants, JdbcClient jdbc, FocusGroupManagement focusGroups,
			OrganisationManagement organisation, AuditTrail audit, Consents consents, RetentionRuns retentionRuns,
			CaseJournal journal, Appointments appointments, CaseDocuments documents, CaseFileGuard guard,
			HealthData health, CaseFileReading caseFiles, Catalogues catalogues, ApplicationEventPublisher events,
			Clock clock) {
		this.participants = participants;
		this.jdbc = jdbc;
		this.focusGroups = focusGroups;
		this.organisation = organisation;
		this.audit = audit;
		this.consents = consents;
		this.retentionRuns = retentionRuns;
		this.journal = journal;
		this.appointments = appointments;
		this.documents = documents;
		this.guard = guard;
		this.health = health;
		this.caseFiles = caseFiles;
		this.catalogues = catalogues;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Erases every case that was closed before the cut-off day, with its consents, and
	 * reports the run. Every erasure is announced ({@link CaseFileErased}) in its
	 * transaction, so the modules that hold data about the person erase it together with
	 * the case file or not at all. Rows another instance is erasing at the same moment
	 * are skipped, not waited for.
	 * @return how many case files were erased
	 */
	public int eraseDue() {
		LocalDate cutOff = this.retentionRuns.cutOff();
		List<UUID> due = this.jdbc.sql("""
				SELECT id FROM participant WHERE status = 'CLOSED' AND closed_on < :cutOff
				ORDER BY closed_on FOR UPDATE SKIP LOCKED
				""").param("cutOff", cutOff).query(UUID.class).list();
		for (UUID id : due) {
			this.participants.deleteById(id);
			this.consents.eraseAll(id);
			this.events.publishEvent(new CaseFileErased(new ParticipantId(id), cutOff));
			this.audit.recordAction(Actor.SYSTEM, AuditAction.ERASE, ParticipantManagement.SUBJECT_TYPE, id,
					AccessPurpose.RETENTION, AuditDetail.of("participant.audit.retention-erased", cutOff));
		}
		this.retentionRuns.record(ParticipantManagement.SUBJECT_TYPE, due.size(), cutOff);
		return due.size();
	}

	/**
	 * Everything stored about a person, for their request under Art. 15 GDPR, by the
	 * responsible team; the export itself is audited.
	 * @return empty when there is no such case or the viewer is not of the responsible
	 * team
	 */
	public Optional<SubjectAccessReport> subjectAccess(ParticipantId id, StaffMember viewer) {
		return this.guard.open(id, viewer, AccessPurpose.SUBJECT_ACCESS, CaseSection.SUBJECT_ACCESS).map(opened -> {
			Optional<HealthRestrictions> health = this.health.mayAccess(viewer)
					? this.health.read(id, viewer, AccessPurpose.SUBJECT_ACCESS) : Optional.empty();
			return report(opened.participant(), actor(viewer), viewer.displayName(), health, this.journal.allNotes(id));
		});
	}

	/**
	 * The report the person asks for in the own area (whose caller has found the own case
	 * file): everything a member of staff's report holds but the notes the team keeps to
	 * itself and health data, which the person asks the responsible team for; the export
	 * is audited.
	 * @param id the own case file, must not be null
	 * @param person the person as named in the audit trail, must not be null
	 * @return never null
	 */
	public SubjectAccessReport ownSubjectAccess(ParticipantId id, Actor person) {
		Participant participant = this.participants.findById(id.id())
			.orElseThrow(() -> new de.weitblick.shared.NotFound("participant.not-found"));
		List<de.weitblick.participant.journal.CaseNote> shared = this.journal.allNotes(id)
			.stream()
			.filter(note -> note
				.visibility() == de.weitblick.participant.journal.NoteVisibility.SHARED_WITH_PARTICIPANT)
			.toList();
		return report(participant, person, person.username(), Optional.empty(), shared);
	}

	private SubjectAccessReport report(Participant participant, Actor actor, String generatedBy,
			Optional<HealthRestrictions> health, List<de.weitblick.participant.journal.CaseNote> notes) {
		ParticipantId id = participant.id();
		List<MergeRecord> merges = this.caseFiles.merges(id);
		List<AuditEntry> processing = processing(id, merges);
		// Without the permission the report says that health data is not part of it,
		// whether any is stored or not: even that some exists is health data.
		boolean healthWithheld = health.isEmpty();
		this.audit.recordAction(actor, AuditAction.EXPORT, ParticipantManagement.SUBJECT_TYPE, id.id(),
				AccessPurpose.SUBJECT_ACCESS, AuditDetail.of("participant.audit.subject-access"));
		String counsellor = this.organisation.staffMember(participant.counsellorId())
			.map(StaffMember::displayName)
			.orElse(null);
		String unit = this.organisation
			.unit(new de.weitblick.organisation.OrganisationalUnitId(participant.responsibleUnitId()))
			.map(u -> u.code() + " " + u.name())
			.orElse(null);
		LocalDate erasureDue = (participant.closedOn() != null)
				? participant.closedOn().plus(this.retentionRuns.cutOffPeriod()) : null;
		return new SubjectAccessReport(now(), generatedBy, participant.id().id(), participant.details(),
				participant.parentsOrigin(), participant.languages(), participant.citizenships(),
				participant.children(), this.focusGroups.classifier().classify(participant.facts(), today()),
				participant.status(), participant.registeredOn(), participant.closedOn(), erasureDue, counsellor, unit,
				this.consents.of(id.id()), processing, this.appointments.all(id), notes, this.documents.allOf(id),
				participant.qualifications(), this.catalogues.occupations(participant.occupationCodes()),
				participant.constraints(), health.orElse(null), healthWithheld, merges, this.caseFiles.referrals(id),
				this.caseFiles.allParticipations(id));
	}

	/**
	 * The audit trail of a record and of every record merged into it, the newest first.
	 */
	private List<AuditEntry> processing(ParticipantId id, List<MergeRecord> merges) {
		// A list's entry names other people too: the report names only this person.
		List<AuditEntry> entries = new ArrayList<>(
				this.audit.search(null, id.id(), SubjectAccessReport.MAXIMUM_LOG_ENTRIES)
					.stream()
					.map(entry -> entry.about(id.id()))
					.toList());
		for (MergeRecord merge : merges) {
			this.audit.search(null, merge.mergedId(), SubjectAccessReport.MAXIMUM_LOG_ENTRIES)
				.forEach(entry -> entries.add(entry.about(merge.mergedId())));
		}
		entries.sort(java.util.Comparator.comparing(AuditEntry::occurredAt).thenComparing(AuditEntry::id).reversed());
		return List.copyOf(entries.subList(0, Math.min(entries.size(), SubjectAccessReport.MAXIMUM_LOG_ENTRIES)));
	}

	private static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
