package de.weitblick.participant.merge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.FocusGroupProjection;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.ParticipantsMerged;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.persistence.ParticipantRepository;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.ConsentPurpose;
import de.weitblick.privacy.Consents;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of the same person into one, without losing anything either held:
 * for each field in which they differ the counsellor chooses the value that survives (the
 * other is kept with the merge), collections are joined, and the plan, notes,
 * appointments, documents, consents and health restrictions move to the survivor. The
 * merged record remains as a tombstone that leads to the survivor. Everything happens in
 * one transaction with both records locked and their versions checked, and is published
 * as {@link ParticipantsMerged} for the modules that hold participants by identifier.
 */
@Service
@Transactional
public class CaseFileMerge {

	/** The tables of the case file's parts that belong to one participant. */
	private static final List<String> PARTS = List.of("plan_goal", "case_note", "appointment", "participant_document");

	private final ParticipantRepository participants;

	private final FocusGroupProjection management;

	private final CaseFileGuard guard;

	private final Consents consents;

	private final HealthData health;

	private final JdbcClient jdbc;

	private final MergeValues values;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseFileMerge(ParticipantRepository participants, FocusGroupProjection management, CaseFileGuard guard,
			Consents consents, HealthData health, JdbcClient jdbc, MergeValues values, ApplicationEventPublisher events,
			Clock clock) {
		this.participants = participants;
		this.management = management;
		this.guard = guard;
		this.consents = consents;
		this.health = health;
		this.jdbc = jdbc;
		this.values = values;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Two records side by side, with the fields that differ; both reads are audited.
	 * @throws NotFound when the viewer may not change both records
	 * @throws RuleViolation when both are the same record
	 */
	public MergeComparison compare(ParticipantId survivorId, ParticipantId mergedId, StaffMember viewer) {
		requireTwo(survivorId, mergedId);
		Participant survivor = this.guard.changeable(survivorId, viewer);
		Participant merged = this.guard.changeable(mergedId, viewer);
		this.guard.audit(viewer, AuditAction.READ, ParticipantManagement.SUBJECT_TYPE, survivorId,
				AuditDetail.of("participant.audit.compared"));
		this.guard.audit(viewer, AuditAction.READ, ParticipantManagement.SUBJECT_TYPE, mergedId,
				AuditDetail.of("participant.audit.compared"));
		Combination combination = new Combination(survivor, merged, Map.of(), parentsConsent(survivor, merged),
				this.values);
		combination.record();
		return new MergeComparison(survivor, merged, combination.conflicts(), parts(survivorId), parts(mergedId));
	}

	/**
	 * How many goals, notes, appointments and documents a case file has, in the order of
	 * {@link #PARTS}.
	 */
	private List<Integer> parts(ParticipantId id) {
		return PARTS.stream()
			.map(table -> this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE participant_id = :id")
				.param("id", id.id())
				.query(Integer.class)
				.single())
			.toList();
	}

	/**
	 * Merges one record into another.
	 * @param survivorId the record that remains, must not be null
	 * @param survivorVersion the version of it the counsellor saw
	 * @param mergedId the record that is merged into it, must not be null
	 * @param mergedVersion the version of it the counsellor saw
	 * @param choices per differing field, which value survives; a field not named keeps
	 * the survivor's value; must not be null
	 * @throws NotFound when the viewer may not change both records
	 * @throws OptimisticLockingFailureException when either changed in the meantime;
	 * nothing is merged then
	 * @throws RuleViolation when both are the same record or the merged record is not
	 * plausible
	 */
	public void merge(ParticipantId survivorId, int survivorVersion, ParticipantId mergedId, int mergedVersion,
			Map<MergeField, MergeSide> choices, StaffMember viewer) {
		requireTwo(survivorId, mergedId);
		// Both rows are locked in a fixed order, so that two merges of the same pair
		// never
		// deadlock and no note or appointment is added to the merged record meanwhile.
		this.jdbc.sql("SELECT id FROM participant WHERE id IN (:a, :b) ORDER BY id FOR UPDATE")
			.param("a", survivorId.id())
			.param("b", mergedId.id())
			.query(UUID.class)
			.list();
		Participant survivor = this.guard.changeable(survivorId, viewer);
		Participant merged = this.guard.changeable(mergedId, viewer);
		if (survivor.version() != survivorVersion || merged.version() != mergedVersion) {
			throw new OptimisticLockingFailureException(
					"Participant " + survivorId.id() + " or " + mergedId.id() + " was changed in the meantime");
		}
		Combination combination = new Combination(survivor, merged, choices, parentsConsent(survivor, merged),
				this.values);
		ParticipantRecord record = combination.record();
		Participant counsellorSide = (combination.side(MergeField.COUNSELLOR) == MergeSide.MERGED) ? merged : survivor;

		for (String table : PARTS) {
			this.jdbc.sql("UPDATE " + table + " SET participant_id = :survivor WHERE participant_id = :merged")
				.param("survivor", survivorId.id())
				.param("merged", mergedId.id())
				.update();
		}
		// What the person changed in the own plan goes with the goals it was about.
		this.jdbc.sql("UPDATE plan_own_change SET participant_id = :survivor WHERE participant_id = :merged")
			.param("survivor", survivorId.id())
			.param("merged", mergedId.id())
			.update();
		// The customer numbers go with the person, so that a later referral list naming
		// either
		// is recognised as already imported.
		this.jdbc.sql("UPDATE participant_referral SET participant_id = :survivor WHERE participant_id = :merged")
			.param("survivor", survivorId.id())
			.param("merged", mergedId.id())
			.update();
		this.consents.transfer(mergedId.id(), survivorId.id(), CaseFileGuard.actor(viewer));
		this.health.merge(survivorId, mergedId, viewer.username());
		// Tombstones of earlier merges lead to the record that remains now.
		this.jdbc.sql("UPDATE participant_merge SET survivor_id = :survivor WHERE survivor_id = :merged")
			.param("survivor", survivorId.id())
			.param("merged", mergedId.id())
			.update();
		var now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO participant_merge (id, survivor_id, merged_id, merged_at, merged_by, merged_by_name,
				    merged_registered_on, replaced_values)
				VALUES (:id, :survivor, :merged, :now, :by, :byName, :registeredOn, :replaced)
				""")
			.param("id", TimeOrderedIds.next())
			.param("survivor", survivorId.id())
			.param("merged", mergedId.id())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("by", viewer.username())
			.param("byName", viewer.displayName())
			.param("registeredOn", merged.registeredOn())
			.param("replaced", combination.replacedValues())
			.update();
		this.participants.delete(merged);
		survivor.absorb(record, counsellorSide.counsellorId(), counsellorSide.responsibleUnitId(), merged,
				LocalDate.now(this.clock), now);
		this.participants.save(survivor);
		this.management.project(survivor);
		this.guard.audit(viewer, AuditAction.MERGE, ParticipantManagement.SUBJECT_TYPE, survivorId,
				AuditDetail.of("participant.audit.merged-with", mergedId.id()));
		this.guard.audit(viewer, AuditAction.MERGE, ParticipantManagement.SUBJECT_TYPE, mergedId,
				AuditDetail.of("participant.audit.merged-into", survivorId.id()));
		this.events.publishEvent(new ParticipantsMerged(survivorId, mergedId, now, CaseFileGuard.actor(viewer)));
	}

	private boolean parentsConsent(Participant survivor, Participant merged) {
		return this.consents.inForce(survivor.id().id()).contains(ConsentPurpose.PARENTS_ORIGIN)
				|| this.consents.inForce(merged.id().id()).contains(ConsentPurpose.PARENTS_ORIGIN);
	}

	private static void requireTwo(ParticipantId survivorId, ParticipantId mergedId) {
		if (survivorId.equals(mergedId)) {
			throw new RuleViolation(null, "participant.merge.rule.same-record");
		}
	}

	/**
	 * A value of a field in words ({@link MergeValues#describe}).
	 */
	public String describe(MergeField field, Object value, Locale locale) {
		return this.values.describe(field, value, locale);
	}

}
