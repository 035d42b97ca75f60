package de.weitblick.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who read or changed which personal data, when and why.
 * Entries are written in the caller's transaction, so a change and its audit entry are
 * stored together or not at all; the database refuses to alter or delete them.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records one action on one record.
	 * @param actor must not be null
	 * @param action must not be null
	 * @param subjectType must not be null
	 * @param subjectId may be null
	 * @param purpose must not be null
	 * @param detail may be null; must never contain the personal data itself
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, AuditAction action, String subjectType, UUID subjectId, AccessPurpose purpose,
			String detail) {
		insert(actor, action, subjectType, List.of(subjectId), purpose, detail);
	}

	/**
	 * Records a refused attempt to read a record. It is written in a transaction of its
	 * own, so that it stays when the refusal ends the caller's transaction.
	 * @param actor must not be null
	 * @param subjectType must not be null
	 * @param subjectId the record asked for, must not be null
	 * @param purpose must not be null
	 * @param detail why it was refused, never personal data; may be null
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRefused(Actor actor, String subjectType, UUID subjectId, AccessPurpose purpose, String detail) {
		insert(actor, AuditAction.ACCESS_REFUSED, subjectType, List.of(subjectId), purpose, detail);
	}

	/**
	 * Records that a list showed these records, in one statement.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordReads(Actor actor, String subjectType, Collection<UUID> subjectIds, AccessPurpose purpose,
			String detail) {
		if (!subjectIds.isEmpty()) {
			insert(actor, AuditAction.READ, subjectType, subjectIds, purpose, detail);
		}
	}

	/**
	 * Records the same action on many records in one statement, as an import that creates
	 * thousands of records at once needs it.
	 * @param subjectIds never null; nothing is recorded when empty
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordEach(Actor actor, AuditAction action, String subjectType, Collection<UUID> subjectIds,
			AccessPurpose purpose, String detail) {
		if (!subjectIds.isEmpty()) {
			insert(actor, action, subjectType, subjectIds, purpose, detail);
		}
	}

	private void insert(Actor actor, AuditAction action, String subjectType, Collection<UUID> subjectIds,
			AccessPurpose purpose, String detail) {
		Instant now = this.clock.instant();
		UUID[] ids = new UUID[subjectIds.size()];
		UUID[] subjects = subjectIds.toArray(UUID[]::new);
		for (int i = 0; i < ids.length; i++) {
			ids[i] = TimeOrderedIds.next();
		}
		this.jdbc
			.sql("""
					INSERT INTO audit_event (id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose, detail)
					SELECT id, :occurredAt, :actor, :role, :action, :subjectType, subject_id, :purpose, :detail
					FROM unnest(CAST(:ids AS uuid[]), CAST(:subjects AS uuid[])) AS t(id, subject_id)
					""")
			.param("occurredAt", now.atOffset(ZoneOffset.UTC))
			.param("actor", actor.username())
			.param("role", actor.role())
			.param("action", action.name())
			.param("subjectType", subjectType)
			.param("purpose", purpose.name())
			.param("detail", detail)
			.param("ids", ids)
			.param("subjects", subjects)
			.update();
	}

	/** The subject type of the entries recording searches of the trail itself. */
	public static final String SUBJECT_TYPE = "audit-trail";

	/**
	 * Searches the trail on someone's behalf, the newest first, and records the search in
	 * it: the trail shows who read whose data, so looking into it is itself a read to
	 * account for. The entry names the record searched for, if any, and the user name
	 * searched for in its detail.
	 * @param searcher who searches, must not be null
	 * @param actor part of a user name, or null for everyone
	 * @param subjectId one record, or null for all
	 * @param limit at most this many entries
	 * @return the entries found before the search was recorded; never null
	 */
	@Transactional
	public List<AuditEntry> searchAs(Actor searcher, String actor, UUID subjectId, int limit) {
		List<AuditEntry> found = search(actor, subjectId, limit);
		String detail = (actor == null || actor.isBlank()) ? "search"
				: "search by user name: " + actor.strip().substring(0, Math.min(actor.strip().length(), 100));
		insert(searcher, AuditAction.READ, SUBJECT_TYPE, Collections.singletonList(subjectId),
				AccessPurpose.DATA_PROTECTION_REVIEW, detail);
		return found;
	}

	/**
	 * Searches the trail, the newest first.
	 * @param actor part of a user name, or null for everyone
	 * @param subjectId one record, or null for all
	 * @param limit at most this many entries
	 * @return never null
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> search(String actor, UUID subjectId, int limit) {
		return this.jdbc.sql("""
				SELECT id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose, detail
				FROM audit_event
				WHERE (CAST(:actor AS text) IS NULL OR lower(actor) LIKE '%' || lower(CAST(:actor AS text)) || '%')
				  AND (CAST(:subjectId AS uuid) IS NULL OR subject_id = CAST(:subjectId AS uuid))
				ORDER BY occurred_at DESC, id DESC
				LIMIT :limit
				""")
			.param("actor", (actor == null || actor.isBlank()) ? null : actor.strip())
			.param("subjectId", subjectId)
			.param("limit", limit)
			.query((rs, n) -> new AuditEntry(rs.getObject("id", UUID.class),
					rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")),
					rs.getString("subject_type"), rs.getObject("subject_id", UUID.class),
					AccessPurpose.valueOf(rs.getString("purpose")), rs.getString("detail")))
			.list();
	}

}
