package de.weitblick.participant.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import de.weitblick.organisation.ParticipantAccounts;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.casefile.CaseFileGuard;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Getting into the own area: the responsible team invites a person from the case file, by
 * e-mail with a one-time link or by a printed letter with a one-time code; the person
 * redeems the code once, before it expires, chooses a user name and a password, and so
 * opens the one account bound to the case file. A second account for the same case file
 * is refused; lost access is reset by the team, which closes the old account and revokes
 * every open invitation. Codes are kept only as their SHA-256 hash. Every step, and every
 * refused attempt, is in the audit trail.
 */
@Service
@Transactional
public class PortalInvitations {

	/** Letters and digits that cannot be mistaken for each other on paper. */
	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	/** 16 characters of 5 bits each: 80 random bits. */
	private static final int CODE_LENGTH = 16;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final String SUBJECT = ParticipantManagement.SUBJECT_TYPE;

	/** The reason kept in the closed account's history. */
	private static final String RESET_REASON = "Zugang zu Mein Bereich zurückgesetzt";

	private final JdbcClient jdbc;

	private final CaseFileGuard guard;

	private final ParticipantAccounts accounts;

	private final AuditTrail audit;

	private final InvitationMail mail;

	private final Clock clock;

	private final Duration validity;

	private final SecureRandom random = new SecureRandom();

	PortalInvitations(JdbcClient jdbc, CaseFileGuard guard, ParticipantAccounts accounts, AuditTrail audit,
			InvitationMail mail, Clock clock, @Value("${weitblick.portal.invitation-days:14}") int invitationDays) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.accounts = accounts;
		this.audit = audit;
		this.mail = mail;
		this.clock = clock;
		this.validity = Duration.ofDays(invitationDays);
	}

	/**
	 * What the counsellor sees of the person's access to the own area.
	 * @param id must not be null
	 * @param viewer the responsible team's counsellor, must not be null
	 * @return never null
	 * @throws de.weitblick.shared.NotFound when the viewer may not change the case file
	 */
	@Transactional(readOnly = true)
	public PortalAccessStatus status(ParticipantId id, StaffMember viewer) {
		this.guard.changeable(id, viewer);
		return status(id);
	}

	PortalAccessStatus status(ParticipantId id) {
		record Bound(Instant boundAt, String username) {
		}
		record Open(InvitationChannel channel, Instant expiresAt) {
		}
		Optional<Bound> bound = this.jdbc.sql("""
				SELECT b.bound_at, a.username FROM portal_account b JOIN staff_account a ON a.id = b.account_id
				WHERE b.participant_id = :id AND b.revoked_at IS NULL
				""")
			.param("id", id.id())
			.query((rs, row) -> new Bound(rs.getObject("bound_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getString("username")))
			.optional();
		Optional<Open> open = this.jdbc.sql("""
				SELECT channel, expires_at FROM portal_invitation
				WHERE participant_id = :id AND redeemed_at IS NULL AND revoked_at IS NULL AND expires_at > :now
				ORDER BY created_at DESC LIMIT 1
				""")
			.param("id", id.id())
			.param("now", now())
			.query((rs, row) -> new Open(InvitationChannel.valueOf(rs.getString("channel")),
					rs.getObject("expires_at", java.time.OffsetDateTime.class).toInstant()))
			.optional();
		return new PortalAccessStatus(bound.map(Bound::boundAt).orElse(null), bound.map(Bound::username).orElse(null),
				open.map(Open::channel).orElse(null), open.map(Open::expiresAt).orElse(null));
	}

	/**
	 * Invites the person into the own area. An earlier open invitation is revoked, so
	 * only the newest code works.
	 * @param id must not be null
	 * @param channel must not be null
	 * @param email the address the link goes to; required for
	 * {@link InvitationChannel#EMAIL}
	 * @param counsellor the responsible team's counsellor, must not be null
	 * @return the invitation with its code in clear (for the letter), never null
	 * @throws RuleViolation when an account is bound already, or the address is missing
	 * or malformed
	 */
	public IssuedInvitation invite(ParticipantId id, InvitationChannel channel, String email, StaffMember counsellor) {
		Participant participant = this.guard.changeable(id, counsellor);
		if (channel == null) {
			throw new RuleViolation("channel", "participant.portal.rule.channel-required");
		}
		String address = (email == null || email.isBlank()) ? null : email.strip();
		if (channel == InvitationChannel.EMAIL) {
			if (address == null) {
				throw new RuleViolation("email", "participant.portal.rule.email-required");
			}
			if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
				throw new RuleViolation("email", "participant.portal.rule.email-format");
			}
		}
		else {
			address = null;
		}
		if (status(id).bound()) {
			this.audit.recordRefusal(CaseFileGuard.actor(counsellor), SUBJECT, id.id(), AccessPurpose.CASE_WORK,
					AuditDetail.of("participant.portal.audit.refused.second-account"));
			throw new RuleViolation(null, "participant.portal.rule.already-bound");
		}
		revokeOpen(id);
		String code = newCode();
		UUID invitation = TimeOrderedIds.next();
		Instant expires = this.clock.instant().plus(this.validity);
		this.jdbc.sql("""
				INSERT INTO portal_invitation (id, participant_id, channel, email, code_hash, created_by, created_at,
				                               expires_at)
				VALUES (:id, :participant, :channel, :email, :hash, :by, :now, :expires)
				""")
			.param("id", invitation)
			.param("participant", id.id())
			.param("channel", channel.name())
			.param("email", address)
			.param("hash", hash(code))
			.param("by", counsellor.username())
			.param("now", now())
			.param("expires", expires.atOffset(ZoneOffset.UTC))
			.update();
		this.guard.audit(counsellor, AuditAction.UPDATE, SUBJECT, id,
				AuditDetail.of("participant.portal.audit.invited", AuditDetail.term(channel.messageKey())));
		if (channel == InvitationChannel.EMAIL) {
			this.mail.send(address, code, expires);
		}
		return new IssuedInvitation(invitation, channel, grouped(code), expires);
	}

	/**
	 * Resets lost access: the bound account is closed and every open invitation revoked;
	 * the person is invited anew.
	 * @return the new invitation, never null
	 */
	public IssuedInvitation reset(ParticipantId id, InvitationChannel channel, String email, StaffMember counsellor) {
		this.guard.changeable(id, counsellor);
		this.jdbc.sql("""
				UPDATE portal_account SET revoked_at = :now, revoked_by = :by
				WHERE participant_id = :id AND revoked_at IS NULL
				RETURNING account_id
				""")
			.param("now", now())
			.param("by", counsellor.username())
			.param("id", id.id())
			.query(UUID.class)
			.list()
			.forEach(account -> this.accounts.close(account, RESET_REASON, counsellor.username()));
		revokeOpen(id);
		this.guard.audit(counsellor, AuditAction.UPDATE, SUBJECT, id,
				AuditDetail.of("participant.portal.audit.access-reset"));
		return invite(id, channel, email, counsellor);
	}

	/**
	 * The person redeems a code, chooses a user name and a password, and so opens the
	 * account bound to the own case file.
	 * @param code as written in the letter or the link; case, spaces and dashes do not
	 * matter
	 * @param username must not be taken
	 * @param password must follow the password rules
	 * @param repeated the password once more
	 * @return the new account's user name, never null
	 * @throws RuleViolation for an unknown, expired, used or revoked code, a case file
	 * that has an account already, or a field at fault; nothing is stored then, and a
	 * refused code is audited
	 */
	public String redeem(String code, String username, String password, String repeated) {
		String normalised = normalised(code);
		if (normalised.isEmpty()) {
			throw new RuleViolation("code", "participant.portal.rule.code-required");
		}
		record Found(UUID id, UUID participant, String email, Instant expiresAt, boolean redeemed, boolean revoked) {
		}
		Found found = this.jdbc.sql("""
				SELECT id, participant_id, email, expires_at, redeemed_at IS NOT NULL AS redeemed,
				       revoked_at IS NOT NULL AS revoked
				FROM portal_invitation WHERE code_hash = :hash FOR UPDATE
				""")
			.param("hash", hash(normalised))
			.query((rs, row) -> new Found(rs.getObject("id", UUID.class), rs.getObject("participant_id", UUID.class),
					rs.getString("email"), rs.getObject("expires_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getBoolean("redeemed"), rs.getBoolean("revoked")))
			.optional()
			.orElse(null);
		if (found == null) {
			refuse(null, "participant.portal.audit.refused.code-unknown");
			throw new RuleViolation("code", "participant.portal.rule.code-unknown");
		}
		if (found.redeemed()) {
			refuse(found.participant(), "participant.portal.audit.refused.code-used");
			throw new RuleViolation("code", "participant.portal.rule.code-used");
		}
		if (found.revoked()) {
			refuse(found.participant(), "participant.portal.audit.refused.code-revoked");
			throw new RuleViolation("code", "participant.portal.rule.code-revoked");
		}
		if (!found.expiresAt().isAfter(this.clock.instant())) {
			refuse(found.participant(), "participant.portal.audit.refused.code-expired");
			throw new RuleViolation("code", "participant.portal.rule.code-expired");
		}
		if (status(new ParticipantId(found.participant())).bound()) {
			refuse(found.participant(), "participant.portal.audit.refused.second-account");
			throw new RuleViolation("code", "participant.portal.rule.already-bound");
		}
		if (password == null || !password.equals(repeated)) {
			throw new RuleViolation("repeated", "participant.portal.rule.passwords-differ");
		}
		UUID account = this.accounts.open(username, password, found.email());
		try {
			this.jdbc.sql("""
					INSERT INTO portal_account (id, participant_id, account_id, bound_at)
					VALUES (:id, :participant, :account, :now)
					""")
				.param("id", TimeOrderedIds.next())
				.param("participant", found.participant())
				.param("account", account)
				.param("now", now())
				.update();
		}
		catch (DuplicateKeyException raced) {
			// Another invitation of the same case file was redeemed a moment ago.
			throw new RuleViolation("code", "participant.portal.rule.already-bound");
		}
		this.jdbc.sql("UPDATE portal_invitation SET redeemed_at = :now WHERE id = :id")
			.param("now", now())
			.param("id", found.id())
			.update();
		String name = username.strip();
		this.audit.recordAction(new Actor(name, "PARTICIPANT"), AuditAction.CREATE, SUBJECT, found.participant(),
				OwnCase.PURPOSE, AuditDetail.of("participant.portal.audit.redeemed"));
		return name;
	}

	private void revokeOpen(ParticipantId id) {
		this.jdbc.sql("""
				UPDATE portal_invitation SET revoked_at = :now
				WHERE participant_id = :id AND redeemed_at IS NULL AND revoked_at IS NULL
				""").param("now", now()).param("id", id.id()).update();
	}

	private void refuse(UUID participant, String detailKey) {
		this.audit.recordRefusal(new Actor("anonymous", null), SUBJECT, participant, OwnCase.PURPOSE,
				AuditDetail.of(detailKey));
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	static String normalised(String code) {
		return (code == null) ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	static String grouped(String code) {
		return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12),
				code.substring(12, 16));
	}

	static String hash(String normalisedCode) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(normalisedCode.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private java.time.OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

}
