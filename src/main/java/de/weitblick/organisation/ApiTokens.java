package de.weitblick.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for machine clients such as the Jobcenter's interface: an administrator
 * issues one for an account, the client sends it as {@code Authorization: Bearer <token>}
 * with every call, and it signs in as that account until it expires or is revoked. A
 * token is a long random secret, so a fast hash (SHA-256) keeps it safe where a password
 * needs a slow one: a call costs a look-up instead of a password hash. Tokens are never
 * locked by wrong passwords of their account.
 */
@Service
@Transactional
public class ApiTokens {

	/**
	 * How every token starts, so that it is told apart from a JWT of an identity
	 * provider.
	 */
	public static final String PREFIX = "wbt_";

	/** The longest name accepted, as the column allows. */
	public static final int MAXIMUM_NAME_LENGTH = 100;

	/** The longest reason accepted, as the column allows. */
	public static final int MAXIMUM_REASON_LENGTH = 500;

	/** The latest expiry date, counted from the day of issue. */
	public static final int MAXIMUM_VALIDITY_DAYS = 366;

	/** The expiry date is a day in the office's time: the token works until its end. */
	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	/**
	 * Last use is written at most once a minute per token, so that a busy client does not
	 * write with every call.
	 */
	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	/** 32 random bytes: 256 bits, far beyond guessing, so no slow hash is needed. */
	private static final int SECRET_BYTES = 32;

	private static final int LONGEST_SECRET = 100;

	private static final String TOKENS = """
			SELECT t.id, t.staff_account_id, a.username, t.name, t.issued_at, t.issued_by, t.issue_reason,
			       t.expires_at, t.last_used_at, t.revoked_at, t.revoked_by, t.revoke_reason
			FROM api_token t JOIN staff_account a ON a.id = t.staff_account_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Issues a token for an account and records who issued it and why.
	 * @param accountId must not be null
	 * @param name what the token is for; required, at most {@value #MAXIMUM_NAME_LENGTH}
	 * characters
	 * @param expiresOn the last day the token works; after today, at most
	 * {@value #MAXIMUM_VALIDITY_DAYS} days ahead
	 * @param reason why; required, at most {@value #MAXIMUM_REASON_LENGTH} characters
	 * @param administrator the user name of who issues it, must not be null
	 * @return the token with its secret, which is not kept; never null
	 * @throws NotFound when there is no such account
	 * @throws RuleViolation for a disabled account, a missing or too long name or reason,
	 * or an expiry date in the past or too far ahead
	 */
	public IssuedApiToken issue(UUID accountId, String name, LocalDate expiresOn, String reason, String administrator) {
		Boolean enabled = this.jdbc.sql("SELECT enabled FROM staff_account WHERE id = :id")
			.param("id", accountId)
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new NotFound("organisation.account.not-found"));
		if (!enabled) {
			throw new RuleViolation("accountId", "organisation.api-token.rule.account-disabled");
		}
		String cleanName = required(name, "name", "organisation.api-token.rule.name-required",
				"organisation.api-token.rule.name-too-long", MAXIMUM_NAME_LENGTH);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, OFFICE_ZONE);
		if (expiresOn == null) {
			throw new RuleViolation("expiresOn", "organisation.api-token.rule.expiry-required");
		}
		if (!expiresOn.isAfter(today)) {
			throw new RuleViolation("expiresOn", "organisation.api-token.rule.expiry-in-the-past");
		}
		if (expiresOn.isAfter(today.plusDays(MAXIMUM_VALIDITY_DAYS))) {
			throw new RuleViolation("expiresOn", "organisation.api-token.rule.expiry-too-late", MAXIMUM_VALIDITY_DAYS);
		}
		String cleanReason = reason(reason);
		byte[] bytes = new byte[SECRET_BYTES];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = TimeOrderedIds.next();
		this.jdbc.sql("""
				INSERT INTO api_token (id, version, staff_account_id, name, secret_hash, issued_at, issued_by,
				                       issue_reason, expires_at)
				VALUES (:id, 0, :account, :name, :hash, :now, :by, :reason, :expiresAt)
				""")
			.param("id", id)
			.param("account", accountId)
			.param("name", cleanName)
			.param("hash", hash(secret))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("by", administrator)
			.param("reason", cleanReason)
			.param("expiresAt", expiresOn.plusDays(1).atStartOfDay(OFFICE_ZONE).toOffsetDateTime())
			.update();
		this.events.publishEvent(new ApiTokenIssued(id, accountId, administrator, now));
		return new IssuedApiToken(token(id).orElseThrow(), secret);
	}

	/**
	 * Revokes a token: from now on it signs nothing in. Who revoked it and why is kept.
	 * @param tokenId must not be null
	 * @param reason why; required, at most {@value #MAXIMUM_REASON_LENGTH} characters
	 * @param administrator the user name of who revokes it, must not be null
	 * @return the revoked token, never null
	 * @throws NotFound when there is no such token
	 * @throws RuleViolation without a reason, with one too long, or when the token is
	 * already revoked
	 */
	public ApiToken revoke(UUID tokenId, String reason, String administrator) {
		ApiToken token = token(tokenId).orElseThrow(() -> new NotFound("organisation.api-token.not-found"));
		String cleanReason = reason(reason);
		Instant now = this.clock.instant();
		int revoked = this.jdbc.sql("""
				UPDATE api_token SET revoked_at = :now, revoked_by = :by, revoke_reason = :reason, version = version + 1
				WHERE id = :id AND revoked_at IS NULL
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("by", administrator)
			.param("reason", cleanReason)
			.param("id", tokenId)
			.update();
		if (revoked == 0) {
			throw new RuleViolation(null, "organisation.api-token.rule.already-revoked");
		}
		this.events.publishEvent(new ApiTokenRevoked(tokenId, token.accountId(), administrator, now));
		return token(tokenId).orElseThrow();
	}

	/**
	 * @return every token, newest first; never null
	 */
	@Transactional(readOnly = true)
	public List<ApiToken> all() {
		return this.jdbc.sql(TOKENS + " ORDER BY t.issued_at DESC, t.id DESC").query(ApiTokens::token).list();
	}

	/**
	 * @param accountId must not be null
	 * @return the tokens of one account, newest first; never null
	 */
	@Transactional(readOnly = true)
	public List<ApiToken> of(UUID accountId) {
		return this.jdbc.sql(TOKENS + " WHERE t.staff_account_id = :account ORDER BY t.issued_at DESC, t.id DESC")
			.param("account", accountId)
			.query(ApiTokens::token)
			.list();
	}

	/**
	 * @param tokenId must not be null
	 * @return the token, or empty when there is none with this identifier
	 */
	@Transactional(readOnly = true)
	public Optional<ApiToken> token(UUID tokenId) {
		return this.jdbc.sql(TOKENS + " WHERE t.id = :id").param("id", tokenId).query(ApiTokens::token).optional();
	}

	/**
	 * The member of staff a token signs in as: only for a token that is neither expired
	 * nor revoked, of an enabled account. Notes the token's last use.
	 * @param secret what the client sent, may be null
	 * @return the member of staff, or empty when the token signs nobody in
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<StaffMember> signIn(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > LONGEST_SECRET) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		record Holder(UUID tokenId, Instant lastUsedAt, StaffMember member) {
		}
		// One statement without a transaction of its own, as for every call.
		Optional<Holder> holder = this.jdbc.sql("""
				SELECT t.id AS token_id, t.last_used_at,
				       a.id, a.username, a.display_name, a.role, a.organisational_unit_id
				FROM api_token t JOIN staff_account a ON a.id = t.staff_account_id
				WHERE t.secret_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND a.enabled
				""")
			.param("hash", hash(secret))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Holder(rs.getObject("token_id", UUID.class), SqlTimes.instant(rs, "last_used_at"),
					OrganisationManagement.staffMember(rs, row)))
			.optional();
		holder.filter(found -> found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minus(LAST_USE_PRECISION)))
			.ifPresent(found -> this.jdbc.sql("""
					UPDATE api_token SET last_used_at = :now
					WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :now)
					""").param("now", now.atOffset(ZoneOffset.UTC)).param("id", found.tokenId()).update());
		return holder.map(Holder::member);
	}

	private static String reason(String reason) {
		return required(reason, "reason", "organisation.api-token.rule.reason-required",
				"organisation.api-token.rule.reason-too-long", MAXIMUM_REASON_LENGTH);
	}

	private static String required(String value, String field, String missingKey, String tooLongKey, int maximum) {
		String clean = (value == null) ? "" : value.strip();
		if (clean.isEmpty()) {
			throw new RuleViolation(field, missingKey);
		}
		if (clean.length() > maximum) {
			throw new RuleViolation(field, tooLongKey, maximum);
		}
		return clean;
	}

	private static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException absent) {
			throw new IllegalStateException("Every Java runtime has SHA-256", absent);
		}
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), rs.getObject("staff_account_id", UUID.class),
				rs.getString("username"), rs.getString("name"), SqlTimes.instant(rs, "issued_at"),
				rs.getString("issued_by"), rs.getString("issue_reason"), SqlTimes.instant(rs, "expires_at"),
				SqlTimes.instant(rs, "last_used_at"), SqlTimes.instant(rs, "revoked_at"), rs.getString("revoked_by"),
				rs.getString("revoke_reason"));
	}

}
