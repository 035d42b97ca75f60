package de.weitblick.participant.portal;

import java.util.Optional;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Finds the case file a participant's account is bound to. Every page and call of the own
 * area asks here, so the case file is never taken from the request: changing an
 * identifier in an address cannot reach another person.
 */
@Component
public class OwnCases {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	OwnCases(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @param authentication the signed-in account, must not be null
	 * @return the own case file, or empty when the account is bound to none (or no
	 * longer)
	 */
	public Optional<OwnCase> of(Authentication authentication) {
		return this.jdbc.sql("""
				SELECT b.participant_id, a.id AS account_id, a.username
				FROM staff_account a JOIN portal_account b ON b.account_id = a.id AND b.revoked_at IS NULL
				WHERE lower(a.username) = lower(:username) AND a.role = 'PARTICIPANT' AND a.enabled
				""")
			.param("username", authentication.getName())
			.query((rs, row) -> new OwnCase(new ParticipantId(rs.getObject("participant_id", UUID.class)),
					rs.getObject("account_id", UUID.class), rs.getString("username")))
			.optional();
	}

	/**
	 * @param authentication the signed-in account, must not be null
	 * @return the own case file, never null
	 * @throws NotFound when the account is bound to no case file
	 */
	public OwnCase required(Authentication authentication) {
		return of(authentication).orElseThrow(() -> new NotFound("participant.portal.not-bound"));
	}

	/**
	 * Records that the person asked for a record that is not their own (such as another
	 * person's document by its identifier), in a transaction of its own, and refuses.
	 * @param own the signed-in person, must not be null
	 * @param subjectType what was asked for, must not be null
	 * @param subjectId the identifier asked for, may be null
	 * @return the refusal to throw, never null
	 */
	public NotFound refuse(OwnCase own, String subjectType, UUID subjectId) {
		this.audit.recordRefusal(own.actor(), subjectType, subjectId, OwnCase.PURPOSE,
				AuditDetail.of("participant.portal.audit.refused.not-own"));
		return new NotFound("participant.not-found");
	}

}
