package de.weitblick.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.casefile.CaseAccessPolicy;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.participant.persistence.ParticipantRepository;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.privacy.ConsentPurpose;
import de.weitblick.privacy.Consents;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, changes, closes and reopens case files, and finds a person registered
 * already. Every change is checked against the case access rules and written to the audit
 * trail in the same transaction.
 */
@Service
@Transactional
public class ParticipantManagement {

	public static final String SUBJECT_TYPE = "participant";

	private final ParticipantRepository participants;

	private final JdbcClient jdbc;

	private final OrganisationManagement organisation;

	private final AuditTrail audit;

	private final Consents consents;

	private final CaseFileGuard guard;

	private final Catalogues catalogues;

	private final FocusGroupProjection focusGroupProjection;

	private final Clock clock;

	ParticipantManagement(ParticipantRepository participants, JdbcClient jdbc, OrganisationManagement organisation,
			AuditTrail audit, Consents consents, CaseFileGuard guard, Catalogues catalogues,
			FocusGroupProjection focusGroupProjection, Clock clock) {
		this.participants = participants;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.audit = audit;
		this.consents = consents;
		this.guard = guard;
		this.catalogues = catalogues;
		this.focusGroupProjection = focusGroupProjection;
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
		this.catalogues.check(record);
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
		this.focusGroupProjection.project(participant);
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
		this.catalogues.check(record);
		boolean consent = this.consents.inForce(id.id()).contains(ConsentPurpose.PARENTS_ORIGIN);
		participant.change(consent ? record : withoutParentsOrigin(record), today(), now());
		this.participants.save(participant);
		this.audit.recordAction(actor(viewer), AuditAction.UPDATE, SUBJECT_TYPE, id.id(), AccessPurpose.CASE_WORK,
				AuditDetail.of("participant.audit.changed"));
		this.focusGroupProjection.project(participant);
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
			withdrawParentsOrigin(participant, actor, AccessPurpose.CASE_WORK);
		}
	}

	/**
	 * The person withdraws the own consent to recording the parents' origin (in the own
	 * area, whose caller has found the own case file); the parents' origin is removed at
	 * once.
	 * @param id the own case file, must not be null
	 * @param person the person as named in the audit trail, must not be null
	 */
	public void withdrawOwnConsentToParentsOrigin(ParticipantId id, Actor person) {
		Participant participant = this.participants.findById(id.id())
			.orElseThrow(() -> new NotFound("participant.not-found"));
		withdrawParentsOrigin(participant, person, AccessPurpose.SUBJECT_ACCESS);
	}

	private void withdrawParentsOrigin(Participant participant, Actor actor, AccessPurpose purpose) {
		this.consents.withdraw(participant.id().id(), ConsentPurpose.PARENTS_ORIGIN, actor);
		participant.forgetParentsOrigin(now());
		this.participants.save(participant);
		this.audit.recordAction(actor, AuditAction.ERASE, SUBJECT_TYPE, participant.id().id(), purpose,
				AuditDetail.of("participant.audit.parents-origin-erased"));
		this.focusGroupProjection.project(participant);
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
	 * The counsellors a case of the viewer's team can be given to.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> counsellorsOfTeam(StaffMember viewer) {
		return (viewer.unitId() != null) ? this.organisation.counsellors(viewer.unitId()) : List.of();
	}

	private StaffMember counsellorOfTeam(UUID counsellorId, StaffMember viewer) {
		UUID id = (counsellorId != null) ? counsellorId : viewer.id();
		return this.organisation.staffMember(id)
			.filter(member -> member.role() == Role.COUNSELLOR && member.unitId() != null
					&& member.unitId().equals(viewer.unitId()))
			.orElseThrow(() -> new RuleViolation("counsellorId", "participant.rule.counsellor-not-in-team"));
	}

	private static ParticipantRecord withoutParentsOrigin(ParticipantRecord record) {
		return record.withParentsOrigin(ParentsOrigin.UNKNOWN);
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
