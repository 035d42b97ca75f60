package de.weitblick.participant;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For demonstration only: binds the demo participant account to the first synthetic
 * person of a counsellor's caseload, without an invitation, so that the own area can be
 * shown at once.
 */
@Component
public class SyntheticPortalAccounts {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	SyntheticPortalAccounts(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param participantUsername the demo participant account, must not be null
	 * @param counsellorUsername the counsellor whose first person it is bound to
	 * @return whether it was bound now; false when the account or the person is bound
	 * already, or either is missing
	 */
	@Transactional
	public boolean bindIfNone(String participantUsername, String counsellorUsername) {
		Optional<UUID> account = this.jdbc
			.sql("SELECT id FROM staff_account WHERE lower(username) = lower(:username) AND role = 'PARTICIPANT'")
			.param("username", participantUsername)
			.query(UUID.class)
			.optional();
		Optional<UUID> person = this.jdbc.sql("""
				SELECT p.id FROM participant p JOIN staff_account c ON c.id = p.counsellor_id
				WHERE lower(c.username) = lower(:username) ORDER BY p.id LIMIT 1
				""").param("username", counsellorUsername).query(UUID.class).optional();
		if (account.isEmpty() || person.isEmpty()) {
			return false;
		}
		boolean bound = this.jdbc.sql("""
				INSERT INTO portal_account (id, participant_id, account_id, bound_at)
				SELECT :id, :participant, :account, :now
				WHERE NOT EXISTS (SELECT 1 FROM portal_account WHERE account_id = :account
				                  OR (participant_id = :participant AND revoked_at IS NULL))
				""")
			.param("id", TimeOrderedIds.next())
			.param("participant", person.get())
			.param("account", account.get())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
		if (bound) {
			this.audit.recordAction(Actor.SYSTEM, AuditAction.UPDATE, ParticipantManagement.SUBJECT_TYPE, person.get(),
					AccessPurpose.REGISTRATION, AuditDetail.of("participant.portal.audit.demo-bound"));
		}
		return bound;
	}

}
