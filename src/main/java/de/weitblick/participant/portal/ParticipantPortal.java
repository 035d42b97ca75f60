package de.weitblick.participant.portal;

import java.util.UUID;

import de.weitblick.participant.ParticipantManagement;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The own area of a participant (Mein Bereich): the start page, read in one statement for
 * the own case file only, and audited like a member of staff's read.
 */
@Service
@Transactional
public class ParticipantPortal {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ParticipantPortal(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @param authentication the signed-in participant, must not be null
	 * @return the start page, never null; {@link PortalStartPage#bound()} is false when
	 * the account is bound to no case file
	 */
	public PortalStartPage start(Authentication authentication) {
		record Row(UUID participant, String username, String givenNames, String counsellor, int unread) {
		}
		Row row = this.jdbc.sql("""
				SELECT p.id, a.username, p.given_names, c.display_name AS counsellor,
				       (SELECT count(*) FROM participant_message m
				        WHERE m.participant_id = p.id AND NOT m.from_participant AND m.read_at IS NULL) AS unread
				FROM staff_account a
				JOIN portal_account b ON b.account_id = a.id AND b.revoked_at IS NULL
				JOIN participant p ON p.id = b.participant_id
				LEFT JOIN staff_account c ON c.id = p.counsellor_id
				WHERE lower(a.username) = lower(:username) AND a.role = 'PARTICIPANT' AND a.enabled
				""")
			.param("username", authentication.getName())
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("given_names"), rs.getString("counsellor"), rs.getInt("unread")))
			.optional()
			.orElse(null);
		if (row == null) {
			return PortalStartPage.UNBOUND;
		}
		this.audit.recordAction(OwnCase.actorNamed(row.username()), AuditAction.READ,
				ParticipantManagement.SUBJECT_TYPE, row.participant(), OwnCase.PURPOSE,
				AuditDetail.of("participant.portal.audit.start-read"));
		return new PortalStartPage(true, row.givenNames(), row.counsellor(), row.unread());
	}

}
