package de.weitblick.participant;

import java.sql.Array;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupClassifier;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.focusgroup.MembershipPeriod;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.RetentionRuns;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.privacy.ConsentPurpose;
import de.weitblick.privacy.Consents;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant module's facade: registers and changes case files, finds them, and
 * decides which focus groups a person belongs to. Every read and change is checked
 * against the case access rules and written to the audit trail in the same transaction.
 */
@Service
@Transactional
public class ParticipantManagement {

	static final String SUBJECT_TYPE = "participant";

	private static final int RECOMPUTE_CHUNK = 1_000;

	private static final String GERMAN = "de";

	private final ParticipantRepository participants;

	private final JdbcClient jdbc;

	private final FocusGroupManagement focusGroups;

	private final OrganisationManagement organisation;

	private final AuditTrail audit;

	private final Consents consents;

	private final RetentionRuns retentionRuns;

	private final CaseJournal journal;

	private final CaseDocuments documents;

	private final CaseFileGuard guard;

	private final HealthData health;

	private final CaseAccessPolicy policy;

	private final ObjectProvider<Participations> participations;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Clock clock;

	/** The city's districts, once read. */
	private volatile List<CityDistrict> districts;

	ParticipantManagement(ParticipantRepository participants, JdbcClient jdbc, FocusGroupManagement focusGroups,
			OrganisationManagement organisation, AuditTrail audit, Consents consents, RetentionRuns retentionRuns,
			CaseJournal journal, CaseDocuments documents, CaseFileGuard guard, HealthData health,
			CaseAccessPolicy policy, ObjectProvider<Participations> participations,
			org.springframework.context.ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.guard = guard;
		this.policy = policy;
		this.participations = participations;
		this.health = health;
		this.journal = journal;
		this.documents = documents;
		this.participants = participants;
		this.jdbc = jdbc;
		this.focusGroups = focusGroups;
		this.organisation = organisation;
		this.audit = audit;
		this.consents = consents;
		this.retentionRuns = retentionRuns;
		this.clock = clock;
	}

	/**
	 * Registers a person in the viewer's team.
	 * @param record must not be null
	 * @param counsellorId who holds the case, must be a counsellor of the viewer's team
	 * @param consentToParentsOrigin whether the person consents to recording the parents'
	 * origin; without it, the parents' origin is not stored
	 * @param viewer must not be null
	 * @return the new participant's identifier
	 * @throws RuleViolation when the record is not plausible or the counsellor is not
	 * allowed
	 */
	public ParticipantId register(ParticipantRecord record, UUID counsellorId, boolean consentToParentsOrigin,
			StaffMember viewer) {
		return register(record, counsellorId, consentToParentsOrigin, true, viewer);
	}

	/**
	 * Registers a person in the viewer's team unless people with the same birth date and
	 * a similar name are registered already ({@link #possibleDuplicates}). The check and
	 * the registration hold the birth date's lock, which referral imports and other
	 * registrations take too, so two registrations or an import at the same time cannot
	 * each register the same person unseen by the other.
	 * @param confirmedNoDuplicate whether the viewer confirmed that the person is new;
	 * then possible duplicates do not stop the registration
	 * @throws PossibleDuplicatesFound when possible duplicates exist and the viewer did
	 * not confirm; nothing is registered, and the names shown are audited as read
	 * @see #register(ParticipantRecord, UUID, boolean, StaffMember)
	 */
	@Transactional(noRollbackFor = PossibleDuplicatesFound.class)
	public ParticipantId register(ParticipantRecord record, UUID counsellorId, boolean consentToParentsOrigin,
			boolean confirmedNoDuplicate, StaffMember viewer) {
		if (!CaseAccessPolicy.mayRegister(viewer)) {
			throw new RuleViolation(null, "participant.rule.may-not-register");
		}
		// Before anything else is written, so that the transaction waits for no lock
		// while holding one an import waits for.
		BirthDateLocks.holdUntilCommit(this.jdbc, record.details().birthDate());
		if (!confirmedNoDuplicate) {
			List<PossibleDuplicate> duplicates = possibleDuplicates(record.details(), null, viewer);
			if (!duplicates.isEmpty()) {
				throw new PossibleDuplicatesFound(duplicates);
			}
		}
		StaffMember counsellor = counsellorOfTeam(counsellorId, viewer);
		checkReferences(record);
		ParticipantRecord stored = consentToParentsOrigin ? record : withoutParentsOrigin(record);
		Participant participant = Participant.register(TimeOrderedIds.next(), stored, counsellor.id(),
				counsellor.unitId(), today(), now());
		this.participants.save(participant);
		Actor actor = actor(viewer);
		this.audit.recordAction(actor, AuditAction.CREATE, SUBJECT_TYPE, participant.id().id(),
				AccessPurpose.REGISTRATION, AuditDetail.of("participant.audit.registered"));
		if (consentToParentsOrigin) {
			this.consents.give(participant.id().id(), ConsentPurpose.PARENTS_ORIGIN, actor);
		}
		projectFocusGroups(participant);
		return participant.id();
	}

	/**
	 * @param viewer must not be null
	 * @return whether the viewer may register people: a counsellor of a team
	 */
	@Transactional(readOnly = true)
	public boolean mayRegister(StaffMember viewer) {
		return CaseAccessPolicy.mayRegister(viewer);
	}

	/**
	 * Changes a case file, unless someone else changed it since the viewer read it.
	 * @param id must not be null
	 * @param expectedVersion the version the viewer read
	 * @param record must not be null
	 * @param viewer must not be null
	 * @throws NotFound when there is no such case or the viewer may not see it
	 * @throws OptimisticLockingFailureException when someone else changed it in the
	 * meantime
	 * @throws RuleViolation when the record is not plausible
	 */
	public void change(ParticipantId id, int expectedVersion, ParticipantRecord record, StaffMember viewer) {
		Participant participant = this.guard.changeable(id, viewer);
		if (participant.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Participant " + id.id() + " was changed in the meantime");
		}
		checkReferences(record);
		boolean consent = this.consents.inForce(id.id()).contains(ConsentPurpose.PARENTS_ORIGIN);
		participant.change(consent ? record : withoutParentsOrigin(record), today(), now());
		this.participants.save(participant);
		this.audit.recordAction(actor(viewer), AuditAction.UPDATE, SUBJECT_TYPE, id.id(), AccessPurpose.CASE_WORK,
				AuditDetail.of("participant.audit.changed"));
		projectFocusGroups(participant);
	}

	/**
	 * Records the consent to, or its withdrawal from, recording the parents' origin. On
	 * withdrawal the parents' origin is removed at once.
	 */
	public void setConsentToParentsOrigin(ParticipantId id, boolean consent, StaffMember viewer) {
		Participant participant = this.guard.changeable(id, viewer);
		Actor actor = actor(viewer);
		if (consent) {
			this.consents.give(id.id(), ConsentPurpose.PARENTS_ORIGIN, actor);
		}
		else {
			this.consents.withdraw(id.id(), ConsentPurpose.PARENTS_ORIGIN, actor);
			participant.forgetParentsOrigin(now());
			this.participants.save(participant);
			this.audit.recordAction(actor, AuditAction.ERASE, SUBJECT_TYPE, id.id(), AccessPurpose.CASE_WORK,
					AuditDetail.of("participant.audit.parents-origin-erased"));
			projectFocusGroups(participant);
		}
	}

	/**
	 * Closes a case; its retention period starts today.
	 */
	public void close(ParticipantId id, StaffMember viewer) {
		close(id, null, viewer);
	}

	/**
	 * Closes a case, unless someone changed it since the viewer read it; its retention
	 * period starts today.
	 * @param expectedVersion the version the viewer read, or null to take the case as it
	 * is
	 * @throws OptimisticLockingFailureException when it changed in the meantime
	 * @throws RuleViolation when the case is closed already
	 */
	public void close(ParticipantId id, Integer expectedVersion, StaffMember viewer) {
		Participant participant = changeableAt(id, expectedVersion, viewer);
		participant.close(today(), now());
		this.participants.save(participant);
		this.audit.recordAction(actor(viewer), AuditAction.UPDATE, SUBJECT_TYPE, id.id(), AccessPurpose.CASE_WORK,
				AuditDetail.of("participant.audit.closed"));
	}

	/**
	 * Takes a closed case up again.
	 */
	public void reopen(ParticipantId id, StaffMember viewer) {
		reopen(id, null, viewer);
	}

	/**
	 * Takes a closed case up again, unless someone changed it since the viewer read it.
	 * @param expectedVersion the version the viewer read, or null to take the case as it
	 * is
	 * @throws OptimisticLockingFailureException when it changed in the meantime
	 * @throws RuleViolation when the case is not closed
	 */
	public void reopen(ParticipantId id, Integer expectedVersion, StaffMember viewer) {
		Participant participant = changeableAt(id, expectedVersion, viewer);
		participant.reopen(now());
		this.participants.save(participant);
		this.audit.recordAction(actor(viewer), AuditAction.UPDATE, SUBJECT_TYPE, id.id(), AccessPurpose.CASE_WORK,
				AuditDetail.of("participant.audit.reopened"));
	}

	private Participant changeableAt(ParticipantId id, Integer expectedVersion, StaffMember viewer) {
		Participant participant = this.guard.changeable(id, viewer);
		if (expectedVersion != null && !expectedVersion.equals(participant.version())) {
			throw new OptimisticLockingFailureException("Participant " + id.id() + " was changed in the meantime");
		}
		return participant;
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
			this.audit.recordAction(Actor.SYSTEM, AuditAction.ERASE, SUBJECT_TYPE, id, AccessPurpose.RETENTION,
					AuditDetail.of("participant.audit.retention-erased", cutOff));
		}
		this.retentionRuns.record(SUBJECT_TYPE, due.size(), cutOff);
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
			Participant participant = opened.participant();
			List<MergeRecord> merges = merges(id);
			List<AuditEntry> processing = processing(id, merges);
			Optional<HealthRestrictions> health = this.health.mayAccess(viewer)
					? this.health.read(id, viewer, AccessPurpose.SUBJECT_ACCESS) : Optional.empty();
			// Without the permission the report says that health data is not part of it,
			// whether any is stored or not: even that some exists is health data.
			boolean healthWithheld = health.isEmpty();
			this.audit.recordAction(actor(viewer), AuditAction.EXPORT, SUBJECT_TYPE, id.id(),
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
			return new SubjectAccessReport(now(), viewer.displayName(), participant.id().id(), participant.details(),
					participant.parentsOrigin(), participant.languages(), participant.citizenships(),
					participant.children(), this.focusGroups.classifier().classify(participant.facts(), today()),
					participant.status(), participant.registeredOn(), participant.closedOn(), erasureDue, counsellor,
					unit, this.consents.of(id.id()), processing, this.journal.allAppointments(id),
					this.journal.allNotes(id), this.documents.allOf(id), participant.qualifications(),
					occupations(participant.occupationCodes()), participant.constraints(), health.orElse(null),
					healthWithheld, merges, referrals(id), allParticipations(id));
		});
	}

	/**
	 * The projects and offers a person was or is in, from the modules that hold them. The
	 * read belongs to the read of the case file that shows it and is audited with it.
	 * @return the newest first, never null
	 * @throws NotFound when the viewer may not see the case or its view does not show
	 * them
	 */
	@Transactional(readOnly = true)
	public List<Participation> participations(ParticipantId id, StaffMember viewer) {
		this.guard.readable(id, viewer, CaseSection.PARTICIPATIONS);
		return allParticipations(id);
	}

	private List<Participation> allParticipations(ParticipantId id) {
		List<Participation> all = new ArrayList<>();
		this.participations.orderedStream().forEach(source -> all.addAll(source.of(id)));
		all.sort(java.util.Comparator.comparing(Participation::referredOn).thenComparing(Participation::id).reversed());
		return List.copyOf(all);
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

	/**
	 * The records of the same person merged into this one, the newest first.
	 * @return never null
	 */
	@Transactional(readOnly = true)
	public List<MergeRecord> merges(ParticipantId id) {
		return this.jdbc.sql("""
				SELECT merged_id, merged_at, merged_by_name, merged_registered_on, replaced_values
				FROM participant_merge WHERE survivor_id = :id ORDER BY merged_at DESC, id DESC
				""")
			.param("id", id.id())
			.query((rs, n) -> new MergeRecord(rs.getObject("merged_id", UUID.class),
					rs.getObject("merged_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getString("merged_by_name"), rs.getObject("merged_registered_on", LocalDate.class),
					rs.getString("replaced_values")))
			.list();
	}

	/**
	 * Where a record that was merged into another lives on.
	 * @return the survivor, or empty when the record was not merged or the viewer may not
	 * see the survivor
	 */
	@Transactional(readOnly = true)
	public Optional<ParticipantId> mergedInto(ParticipantId id, StaffMember viewer) {
		return this.guard.survivorOf(id, viewer);
	}

	/**
	 * The positions of the KldB 2010 a person can name as occupation interest, by code.
	 * @return never null
	 */
	@Transactional(readOnly = true)
	public List<Occupation> occupations() {
		return this.jdbc.sql("SELECT code, title FROM occupation_classification ORDER BY code")
			.query(Occupation.class)
			.list();
	}

	/**
	 * @param codes KldB codes, must not be null
	 * @return the known ones with their titles, in the order of their codes; never null
	 */
	@Transactional(readOnly = true)
	public List<Occupation> occupations(java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT code, title FROM occupation_classification WHERE code = ANY(CAST(:codes AS varchar[]))
				ORDER BY code
				""").param("codes", codes.toArray(String[]::new)).query(Occupation.class).list();
	}

	/**
	 * Finds positions of the KldB 2010 by the start of their code or by a part of their
	 * title.
	 * @param text what was typed, must not be null
	 * @return at most 50, the coarser positions first; never null
	 */
	@Transactional(readOnly = true)
	public List<Occupation> findOccupations(String text) {
		String typed = text.strip();
		return this.jdbc.sql("""
				SELECT code, title FROM occupation_classification
				WHERE code LIKE :prefix OR lower(title) LIKE '%' || lower(:typed) || '%'
				ORDER BY length(code), code LIMIT 50
				""").param("prefix", typed + "%").param("typed", typed).query(Occupation.class).list();
	}

	private List<JobcenterReferral> referrals(ParticipantId id) {
		return this.jdbc.sql("""
				SELECT customer_number, referred_on, recorded_at FROM participant_referral
				WHERE participant_id = :id ORDER BY recorded_at, customer_number
				""")
			.param("id", id.id())
			.query((rs, n) -> new JobcenterReferral(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Reads one case file for a purpose, and writes that read to the audit trail: the
	 * whole file for the responsible team, the view a grant gives for anybody else.
	 * @return the case file with the person's focus groups today (when the view shows
	 * them), or empty when there is none or the viewer may not see it (the two are
	 * deliberately indistinguishable)
	 */
	public Optional<CaseFile> caseFile(ParticipantId id, StaffMember viewer, AccessPurpose purpose) {
		return this.guard.open(id, viewer, purpose).map(opened -> {
			Participant participant = opened.participant();
			CaseView view = opened.view();
			// A read through a grant has the grant's purpose and names its basis.
			this.audit.recordAction(actor(viewer), AuditAction.READ, SUBJECT_TYPE, id.id(),
					opened.access().purpose(purpose), opened.access().auditDetail());
			List<FocusGroupMembership> memberships = view.shows(CaseSection.FOCUS_GROUPS)
					? this.focusGroups.classifier().classify(participant.facts(), today()) : List.of();
			boolean parentsOrigin = view.shows(CaseSection.PARENTS_ORIGIN)
					&& this.consents.inForce(id.id()).contains(ConsentPurpose.PARENTS_ORIGIN);
			// The customer numbers identify the person at the Jobcenter: part of the
			// benefits section, which the project views leave out.
			List<JobcenterReferral> jobcenterReferrals = view.shows(CaseSection.BENEFITS) ? referrals(id) : List.of();
			return new CaseFile(participant, memberships, parentsOrigin, this.policy.mayChange(viewer, participant),
					view, opened.access().grants(), jobcenterReferrals);
		});
	}

	/**
	 * Reads a case file to change it, such as for its edit form: only the responsible
	 * team; anybody else is refused before anything is read, and the refusal is audited.
	 * @return the case file, never null
	 * @throws NotFound when there is no such case or the viewer may not change it
	 */
	public CaseFile caseFileToChange(ParticipantId id, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		return caseFile(id, viewer, AccessPurpose.CASE_WORK).orElseThrow(() -> new NotFound("participant.not-found"));
	}

	/**
	 * What another module needs to decide about an offer for a person the viewer works
	 * with; the read is written to the audit trail.
	 * @param id must not be null
	 * @param viewer must not be null
	 * @param purpose must not be null
	 * @return the profile with the focus groups today, or empty when there is no such
	 * case or the viewer may not see it
	 */
	public Optional<ParticipantProfile> profile(ParticipantId id, StaffMember viewer, AccessPurpose purpose) {
		return this.participants.findById(id.id())
			// Referring is the responsible team's work:
			// a grant of another module does not open the profile.
			.filter(participant -> this.policy.mayChange(viewer, participant))
			.map(participant -> {
				this.audit.recordAction(actor(viewer), AuditAction.READ, SUBJECT_TYPE, id.id(), purpose,
						AuditDetail.of("participant.audit.profile-read"));
				return profileOf(participant, this.focusGroups.classifier());
			});
	}

	/**
	 * The profile of a person a partner organisation names by the identifier the office
	 * gave it and the person's date of birth, which must match: a mistyped identifier
	 * never reaches another person. The read is written to the audit trail.
	 * @param id must not be null
	 * @param birthDate must not be null
	 * @param partner the partner's account, must not be null
	 * @return the profile, or empty when no person has this identifier and date of birth
	 */
	public Optional<ParticipantProfile> profileForPartner(ParticipantId id, LocalDate birthDate, Actor partner) {
		return this.participants.findById(id.id())
			.filter(participant -> participant.details().birthDate().equals(birthDate))
			.map(participant -> {
				this.audit.recordAction(partner, AuditAction.READ, SUBJECT_TYPE, id.id(),
						AccessPurpose.PARTNER_INTERFACE, AuditDetail.of("participant.audit.referral-check"));
				return profileOf(participant, this.focusGroups.classifier());
			});
	}

	/**
	 * Profiles of several people at once, for a module that decided by its own rule that
	 * the actor may see them (a project lead the people enrolled in the own project, for
	 * example). Every person returned is written to the audit trail in one statement.
	 * @param ids must not be null
	 * @param actor must not be null
	 * @param purpose must not be null
	 * @return the profiles found, by identifier; never null
	 */
	public Map<ParticipantId, ParticipantProfile> profiles(Collection<ParticipantId> ids, Actor actor,
			AccessPurpose purpose) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		FocusGroupClassifier classifier = this.focusGroups.classifier();
		Map<ParticipantId, ParticipantProfile> profiles = new LinkedHashMap<>();
		for (Participant participant : this.participants.findAllById(ids.stream().map(ParticipantId::id).toList())) {
			profiles.put(participant.id(), profileOf(participant, classifier));
		}
		this.audit.recordList(actor, SUBJECT_TYPE, profiles.keySet().stream().map(ParticipantId::id).toList(), purpose,
				AuditDetail.of("participant.audit.listed", profiles.size()));
		return profiles;
	}

	/**
	 * The names of several people at once, as "family name, given names", for a list of
	 * another module that decided by its own rule that the actor may see them. One query,
	 * and every person returned is written to the audit trail in one statement.
	 * @param ids must not be null
	 * @param actor must not be null
	 * @param purpose must not be null
	 * @return the names found, by identifier; never null
	 */
	public Map<ParticipantId, String> names(Collection<ParticipantId> ids, Actor actor, AccessPurpose purpose) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<ParticipantId, String> names = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT id, family_name, given_names FROM participant WHERE id = ANY(CAST(:ids AS uuid[]))
				""").param("ids", ids.stream().map(ParticipantId::id).toArray(UUID[]::new)).query((rs, n) -> {
			names.put(new ParticipantId(rs.getObject("id", UUID.class)),
					rs.getString("family_name") + ", " + rs.getString("given_names"));
			return null;
		}).list();
		this.audit.recordList(actor, SUBJECT_TYPE, names.keySet().stream().map(ParticipantId::id).toList(), purpose,
				AuditDetail.of("participant.audit.listed", names.size()));
		return names;
	}

	private ParticipantProfile profileOf(Participant participant, FocusGroupClassifier classifier) {
		PersonalDetails details = participant.details();
		LanguageLevel german = participant.languages()
			.stream()
			.filter(skill -> GERMAN.equals(skill.languageCode()))
			.map(LanguageSkill::level)
			.findFirst()
			.orElse(null);
		return new ParticipantProfile(participant.id(), details.familyName(), details.givenNames(), details.birthDate(),
				details.benefitBasis(), details.districtCode() != null, german,
				classifier.classify(participant.facts(), today()), participant.counsellorId(),
				participant.responsibleUnitId(), participant.status());
	}

	/**
	 * Finds the cases the viewer may see, one page at a time; every case shown is written
	 * to the audit trail.
	 */
	public ParticipantPage search(ParticipantSearch search, StaffMember viewer, AccessPurpose purpose) {
		CaseAccessPolicy.Scope scope = this.policy.scope(viewer, revealed(search));
		List<String> conditions = new ArrayList<>();
		conditions.add(scope.condition());
		String normalisedName = (search.name() != null) ? Participant.normalise(search.name()) : null;
		if (normalisedName != null) {
			// Typo-tolerant: a word of the name close enough to what was typed, or a name
			// that starts with it.
			this.jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', '0.4', true)")
				.query(String.class)
				.single();
			conditions.add("(p.search_name LIKE :prefix OR :name <% p.search_name)");
		}
		if (search.birthDate() != null) {
			conditions.add("p.birth_date = :birthDate");
		}
		if (search.focusGroup() != null) {
			conditions.add("""
					EXISTS (SELECT 1 FROM participant_focus_group g WHERE g.participant_id = p.id
					        AND g.focus_group_code = :focusGroup AND g.valid_from <= :today
					        AND (g.valid_until IS NULL OR g.valid_until > :today))""");
		}
		if (search.counsellorId() != null) {
			conditions.add("p.counsellor_id = :counsellorId");
		}
		if (search.status() != null) {
			conditions.add("p.status = :status");
		}
		if (search.districtCode() != null) {
			conditions.add("p.district_code = :districtCode");
		}
		String where = String.join(" AND ", conditions);
		String direction = search.descending() ? "DESC" : "ASC";
		String order = switch (search.sort()) {
			// The person called exactly that first (the family name, or family and given
			// names, as typed), then the names with a word closest to it, then the
			// closest
			// names as a whole; only the team's matches are ordered, so the trigram index
			// still finds them.
			case RELEVANCE ->
				(normalisedName != null) ? "(p.search_name = :name OR starts_with(p.search_name, :name || ' ')) DESC, "
						+ "word_similarity(:name, p.search_name) DESC, similarity(:name, p.search_name) DESC, "
						+ "p.search_name, p.id" : "p.search_name, p.id";
			case NAME -> "p.search_name " + direction + ", p.id";
			case BIRTH_DATE -> "p.birth_date " + direction + ", p.search_name, p.id";
			case REGISTERED_ON -> "p.registered_on " + direction + ", p.search_name, p.id";
		};
		var count = this.jdbc.sql("SELECT count(*) FROM participant p WHERE " + where);
		var rows = this.jdbc.sql("""
				SELECT p.id, p.family_name, p.given_names, p.birth_date, d.name AS district_name, p.counsellor_id,
				       p.status,
				       ARRAY(SELECT g.focus_group_code FROM participant_focus_group g
				             WHERE g.participant_id = p.id AND g.valid_from <= :today
				               AND (g.valid_until IS NULL OR g.valid_until > :today)) AS focus_groups
				FROM participant p LEFT JOIN city_district d ON d.code = p.district_code
				WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset
				""".formatted(where, order));
		for (var statement : List.of(count, rows)) {
			statement.param("viewerUnit", viewer.unitId())
				.param("granted", scope.grantedIds())
				.param("today", today())
				.param("prefix", (normalisedName != null) ? normalisedName + "%" : null)
				.param("name", normalisedName)
				.param("birthDate", search.birthDate())
				.param("focusGroup", (search.focusGroup() != null) ? search.focusGroup().name() : null)
				.param("counsellorId", search.counsellorId())
				.param("status", (search.status() != null) ? search.status().name() : null)
				.param("districtCode", search.districtCode());
		}
		long total = count.query(Long.class).single();
		List<ParticipantListItem> items = rows.param("limit", search.size())
			.param("offset", (long) search.page() * search.size())
			.query((rs, n) -> new ParticipantListItem(new ParticipantId(rs.getObject("id", UUID.class)),
					rs.getString("family_name"), rs.getString("given_names"),
					rs.getObject("birth_date", LocalDate.class), rs.getString("district_name"),
					rs.getObject("counsellor_id", UUID.class), ParticipantStatus.valueOf(rs.getString("status")),
					focusGroups(rs.getArray("focus_groups")), CaseView.FULL, List.of()))
			.list();
		if (viewer.role() != Role.COUNSELLOR) {
			items = items.stream().map(item -> {
				List<CaseGrant> grants = scope.grants().get(item.id());
				return item.within(CaseAccessPolicy.Access.granted(grants).view(), grants);
			}).toList();
		}
		auditListed(items, scope, viewer, purpose);
		return new ParticipantPage(items, search.page(), search.size(), total);
	}

	/**
	 * The sections a search's criteria and order would reveal about the cases it finds: a
	 * case seen through a grant is only found when its view shows them.
	 */
	private static java.util.Set<CaseSection> revealed(ParticipantSearch search) {
		java.util.Set<CaseSection> sections = java.util.EnumSet.noneOf(CaseSection.class);
		if (search.birthDate() != null || search.districtCode() != null
				|| search.sort() == ParticipantSearch.SortOrder.BIRTH_DATE) {
			sections.add(CaseSection.PERSON);
		}
		if (search.focusGroup() != null) {
			sections.add(CaseSection.FOCUS_GROUPS);
		}
		if (search.counsellorId() != null || search.sort() == ParticipantSearch.SortOrder.REGISTERED_ON) {
			sections.add(CaseSection.BENEFITS);
		}
		return sections;
	}

	/**
	 * Every case a list shows is a read: the team's with the purpose asked for, those
	 * seen through a grant with the grant's purpose and basis.
	 */
	private void auditListed(List<ParticipantListItem> items, CaseAccessPolicy.Scope scope, StaffMember viewer,
			AccessPurpose purpose) {
		if (!scope.isGranted()) {
			this.audit.recordList(actor(viewer), SUBJECT_TYPE, items.stream().map(item -> item.id().id()).toList(),
					purpose, AuditDetail.of("participant.audit.listed", items.size()));
			return;
		}
		Map<AccessPurpose, List<UUID>> byPurpose = new LinkedHashMap<>();
		for (ParticipantListItem item : items) {
			AccessPurpose audited = CaseAccessPolicy.Access.granted(item.grants()).purpose(purpose);
			byPurpose.computeIfAbsent(audited, key -> new ArrayList<>()).add(item.id().id());
		}
		byPurpose.forEach((audited, ids) -> this.audit.recordList(actor(viewer), SUBJECT_TYPE, ids, audited, AuditDetail
			.of("participant.audit.listed-through-grant", ids.size(), AuditDetail.term(purpose.messageKey()))));
	}

	/**
	 * People already registered with the same date of birth and a similar name, in every
	 * team: a person registered twice gets two counsellors and double support.
	 */
	public List<PossibleDuplicate> possibleDuplicates(PersonalDetails details, ParticipantId except,
			StaffMember viewer) {
		String name = Participant.searchName(details);
		List<PossibleDuplicate> found = this.jdbc.sql("""
				SELECT p.id, p.family_name, p.given_names, p.birth_date, p.responsible_unit_id
				FROM participant p
				WHERE p.birth_date = :birthDate AND (p.search_name = :name OR similarity(p.search_name, :name) >= 0.5)
				  AND (CAST(:except AS uuid) IS NULL OR p.id <> CAST(:except AS uuid))
				ORDER BY similarity(p.search_name, :name) DESC
				LIMIT 10
				""")
			.param("birthDate", details.birthDate())
			.param("name", name)
			.param("except", (except != null) ? except.id() : null)
			.query((rs, n) -> {
				boolean visible = CaseAccessPolicy.mayRegister(viewer)
						&& viewer.unitId().equals(rs.getObject("responsible_unit_id", UUID.class));
				return visible
						? new PossibleDuplicate(new ParticipantId(rs.getObject("id", UUID.class)),
								rs.getString("family_name"), rs.getString("given_names"),
								rs.getObject("birth_date", LocalDate.class))
						: new PossibleDuplicate(null, null, null, rs.getObject("birth_date", LocalDate.class));
			})
			.list();
		// The names of the own team's cases are shown: that is a read of them.
		this.audit.recordList(actor(viewer), SUBJECT_TYPE,
				found.stream().filter(PossibleDuplicate::isVisible).map(duplicate -> duplicate.id().id()).toList(),
				AccessPurpose.CASE_WORK, AuditDetail.of("participant.audit.possible-duplicate"));
		return found;
	}

	/**
	 * @return the city's districts by name, never null
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
	public List<CityDistrict> districts() {
		// Reference data that only a migration changes, that is a new release: read
		// once instead of on every list page and form.
		List<CityDistrict> districts = this.districts;
		if (districts == null) {
			districts = this.jdbc.sql("SELECT code, name FROM city_district ORDER BY name")
				.query(CityDistrict.class)
				.list();
			this.districts = List.copyOf(districts);
		}
		return districts;
	}

	/**
	 * The counsellors a case of the viewer's team can be given to.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> counsellorsOfTeam(StaffMember viewer) {
		return (viewer.unitId() != null) ? this.organisation.counsellors(viewer.unitId()) : List.of();
	}

	/**
	 * Recomputes every participant's stored focus-group periods, e.g. after a rule
	 * changed.
	 * @return how many participants were recomputed
	 */
	public int recomputeFocusGroups() {
		FocusGroupClassifier classifier = this.focusGroups.classifier();
		int count = 0;
		// PostgreSQL orders identifiers as unsigned bytes: the all-zero one comes first.
		UUID after = new UUID(0L, 0L);
		while (true) {
			// In chunks by identifier, so a Land-sized table never sits in memory at
			// once.
			List<UUID> ids = this.jdbc.sql("SELECT id FROM participant WHERE id > :after ORDER BY id LIMIT :chunk")
				.param("after", after)
				.param("chunk", RECOMPUTE_CHUNK)
				.query(UUID.class)
				.list();
			if (ids.isEmpty()) {
				return count;
			}
			for (Participant participant : this.participants.findAllById(ids)) {
				projectFocusGroups(participant, classifier);
				count++;
			}
			after = ids.get(ids.size() - 1);
		}
	}

	void projectFocusGroups(Participant participant) {
		projectFocusGroups(participant, this.focusGroups.classifier());
	}

	private void projectFocusGroups(Participant participant, FocusGroupClassifier classifier) {
		List<MembershipPeriod> periods = classifier.membershipPeriods(participant.facts(),
				participant.details().birthDate());
		this.jdbc.sql("DELETE FROM participant_focus_group WHERE participant_id = :id")
			.param("id", participant.id().id())
			.update();
		this.jdbc.sql("""
				INSERT INTO participant_focus_group (participant_id, focus_group_code, valid_from, valid_until)
				SELECT :id, code, valid_from, valid_until
				FROM unnest(CAST(:codes AS text[]), CAST(:froms AS date[]), CAST(:untils AS date[]))
				    AS t(code, valid_from, valid_until)
				""")
			.param("id", participant.id().id())
			.param("codes", periods.stream().map(period -> period.focusGroup().name()).toArray(String[]::new))
			.param("froms",
					periods.stream().map(period -> java.sql.Date.valueOf(period.from())).toArray(java.sql.Date[]::new))
			.param("untils",
					periods.stream()
						.map(period -> (period.until() != null) ? java.sql.Date.valueOf(period.until()) : null)
						.toArray(java.sql.Date[]::new))
			.update();
	}

	private StaffMember counsellorOfTeam(UUID counsellorId, StaffMember viewer) {
		UUID id = (counsellorId != null) ? counsellorId : viewer.id();
		return this.organisation.staffMember(id)
			.filter(member -> member.role() == Role.COUNSELLOR && member.unitId() != null
					&& member.unitId().equals(viewer.unitId()))
			.orElseThrow(() -> new RuleViolation("counsellorId", "participant.rule.counsellor-not-in-team"));
	}

	private void checkReferences(ParticipantRecord record) {
		checkDistrict(record.details().districtCode());
		List<String> codes = record.occupationInterests().stream().map(OccupationInterest::kldbCode).toList();
		java.util.Set<String> known = occupations(codes).stream()
			.map(Occupation::code)
			.collect(java.util.stream.Collectors.toSet());
		for (String code : codes) {
			if (code != null && code.matches("[0-9]{4,5}")) {
				// A finer level than is loaded: name the group it belongs to.
				Occupation group = occupations(List.of(code.substring(0, 3))).stream()
					.findFirst()
					.orElseThrow(() -> new RuleViolation("occupationInterests", "participant.rule.unknown-occupation",
							code));
				throw new RuleViolation("occupationInterests", "participant.rule.occupation-too-fine", code,
						group.code(), group.title());
			}
			if (code == null || !code.matches("[0-9]{1,3}")) {
				throw new RuleViolation("occupationInterests", "participant.rule.occupation-code",
						String.valueOf(code));
			}
			if (!known.contains(code)) {
				throw new RuleViolation("occupationInterests", "participant.rule.unknown-occupation", code);
			}
		}
	}

	private void checkDistrict(String districtCode) {
		if (districtCode != null && this.jdbc.sql("SELECT count(*) FROM city_district WHERE code = :code")
			.param("code", districtCode)
			.query(Integer.class)
			.single() == 0) {
			throw new RuleViolation("districtCode", "participant.rule.unknown-district");
		}
	}

	private static ParticipantRecord withoutParentsOrigin(ParticipantRecord record) {
		return record.withParentsOrigin(ParentsOrigin.UNKNOWN);
	}

	private static List<FocusGroupCode> focusGroups(Array array) throws java.sql.SQLException {
		return Arrays.stream((Object[]) array.getArray())
			.map(code -> FocusGroupCode.valueOf((String) code))
			.sorted()
			.toList();
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
