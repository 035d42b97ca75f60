package de.weitblick.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds on audit entries, placed and lifted by the data protection officer for an open
 * control procedure. Placing, lifting and reading them is recorded in the trail.
 */
@Service
public class AuditHolds {

	/** The subject type of the entries recording holds. */
	public static final String SUBJECT_TYPE = "audit-hold";

	private static final int REASON_LENGTH = 500;

	private static final int USER_LENGTH = 100;

	private static final String COLUMNS = """
			id, version, subject_id, actor, reason, ends_on, placed_by, placed_at, lifted_by, lifted_at""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	AuditHolds(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Places a hold on the entries of a person or of a user, and records it in the trail.
	 * @param officer who places it, must not be null
	 * @param subjectId the person held, or null when a user is held
	 * @param user the user name held, or null when a person is held
	 * @param reason why, required
	 * @param endsOn the last day, today or later
	 * @return the hold, never null
	 * @throws RuleViolation when a person and a user, or neither, are named, or the
	 * reason or the end is missing or wrong
	 */
	@Transactional
	public AuditHold place(Actor officer, UUID subjectId, String user, String reason, LocalDate endsOn) {
		String heldUser = (user == null || user.isBlank()) ? null : user.strip();
		String why = (reason == null) ? "" : reason.strip();
		if (subjectId == null && heldUser == null) {
			throw new RuleViolation("subjectId", "privacy.hold.held.required");
		}
		if (subjectId != null && heldUser != null) {
			throw new RuleViolation("user", "privacy.hold.held.both");
		}
		if (heldUser != null && heldUser.length() > USER_LENGTH) {
			throw new RuleViolation("user", "privacy.audit.actor.too-long");
		}
		if (why.isEmpty()) {
			throw new RuleViolation("reason", "privacy.hold.reason.required");
		}
		if (why.length() > REASON_LENGTH) {
			throw new RuleViolation("reason", "privacy.hold.reason.too-long", REASON_LENGTH);
		}
		if (endsOn == null) {
			throw new RuleViolation("endsOn", "privacy.hold.ends-on.required");
		}
		if (endsOn.isBefore(today())) {
			throw new RuleViolation("endsOn", "privacy.hold.ends-on.past");
		}
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO audit_hold (id, version, subject_id, actor, reason, ends_on, placed_by, placed_at)
				VALUES (:id, 0, :subject, :actor, :reason, :endsOn, :placedBy, :placedAt)
				""")
			.param("id", id)
			.param("subject", subjectId)
			.param("actor", heldUser)
			.param("reason", why)
			.param("endsOn", endsOn)
			.param("placedBy", officer.username())
			.param("placedAt", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.audit.recordAction(officer, AuditAction.CREATE, SUBJECT_TYPE, id, AccessPurpose.DATA_PROTECTION_REVIEW,
				held("privacy.detail.hold-placed", subjectId, heldUser, endsOn));
		return find(id);
	}

	/**
	 * Lifts a hold, and records it in the trail: its entries are then removed at the next
	 * retention run if they are due.
	 * @param officer who lifts it, must not be null
	 * @param id the hold
	 * @param version the version the officer saw
	 * @return the lifted hold, never null
	 * @throws NotFound when there is no such hold
	 * @throws OptimisticLockingFailureException when it was changed or lifted meanwhile
	 */
	@Transactional
	public AuditHold lift(Actor officer, UUID id, long version) {
		AuditHold hold = find(id);
		int changed = this.jdbc.sql("""
				UPDATE audit_hold SET version = version + 1, lifted_by = :by, lifted_at = :at
				WHERE id = :id AND version = :version AND lifted_at IS NULL
				""")
			.param("by", officer.username())
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Hold " + id + " was changed in the meantime");
		}
		this.audit.recordAction(officer, AuditAction.UPDATE, SUBJECT_TYPE, id, AccessPurpose.DATA_PROTECTION_REVIEW,
				held("privacy.detail.hold-lifted", hold.subjectId(), hold.actor(), hold.endsOn()));
		return find(id);
	}

	/**
	 * Every hold, the open ones first, each group the newest first, and records the read
	 * in the trail.
	 * @param officer who reads them, must not be null
	 * @return never null
	 */
	@Transactional
	public List<AuditHold> listAs(Actor officer) {
		List<AuditHold> holds = this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM audit_hold
				ORDER BY (lifted_at IS NULL AND ends_on >= :today) DESC, placed_at DESC, id DESC
				""").param("today", today()).query(AuditHolds::hold).list();
		this.audit.recordAction(officer, AuditAction.READ, SUBJECT_TYPE, null, AccessPurpose.DATA_PROTECTION_REVIEW,
				AuditDetail.of("privacy.detail.holds-read", holds.size()));
		return holds;
	}

	/**
	 * @return today, as the holds count days (UTC, as the trail's months), never null
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	private AuditHold find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_hold WHERE id = :id")
			.param("id", id)
			.query(AuditHolds::hold)
			.optional()
			.orElseThrow(() -> new NotFound("privacy.hold.not-found"));
	}

	private static AuditDetail held(String key, UUID subjectId, String user, LocalDate endsOn) {
		return AuditDetail.of(key, (subjectId != null) ? subjectId.toString() : user, endsOn);
	}

	private static AuditHold hold(ResultSet rs, int row) throws SQLException {
		OffsetDateTime lifted = rs.getObject("lifted_at", OffsetDateTime.class);
		return new AuditHold(rs.getObject("id", UUID.class), rs.getLong("version"),
				rs.getObject("subject_id", UUID.class), rs.getString("actor"), rs.getString("reason"),
				rs.getObject("ends_on", LocalDate.class), rs.getString("placed_by"),
				rs.getObject("placed_at", OffsetDateTime.class).toInstant(), rs.getString("lifted_by"),
				(lifted != null) ? lifted.toInstant() : null);
	}

}
