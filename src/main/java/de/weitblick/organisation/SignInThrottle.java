package de.weitblick.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and client address: after
 * {@link SignInThrottlePolicy#maxFailures()} failures in a row from one address, the
 * account refuses sign-in from that address for
 * {@link SignInThrottlePolicy#lockDuration()}. Somebody guessing a password therefore
 * locks out only their own address, never the person (or the partner's interface) signing
 * in from elsewhere. The counters are kept in the database and changed in one statement
 * each, so concurrent attempts on several instances cannot lose a failure.
 */
@Component
class SignInThrottle {

	/** The address counted when a sign-in came without one (not through the web). */
	static final String UNKNOWN_ADDRESS = "unknown";

	private final JdbcClient jdbc;

	private final SignInThrottlePolicy policy;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInThrottlePolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * @param authentication a sign-in attempt, must not be null
	 * @return the address it came from, as the servlet container saw it (behind a proxy:
	 * {@code server.forward-headers-strategy}); never null
	 */
	static String clientAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return UNKNOWN_ADDRESS;
	}

	/**
	 * Whether the account refuses sign-in from this address now. Asked only of an account
	 * whose own lock is in force (some address is locked out).
	 * @param username must not be null
	 * @param address must not be null
	 */
	boolean isLockedOut(String username, String address) {
		return this.jdbc.sql("""
				SELECT count(*) FROM sign_in_failure f JOIN staff_account a ON a.id = f.staff_account_id
				WHERE lower(a.username) = lower(:username) AND f.client_address = :address
				  AND f.locked_until > :now AND a.locked_until > :now
				""")
			.param("username", username)
			.param("address", address)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single() > 0;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = this.clock.instant();
		// A lock that ran out, or that an administrator lifted by clearing the account's
		// lock, starts the count afresh; failures during a lock do not extend it.
		this.jdbc
			.sql("""
					WITH account AS (
					  SELECT id, coalesce(locked_until > :now, FALSE) AS locked FROM staff_account
					  WHERE lower(username) = lower(:username)
					), failure AS (
					  INSERT INTO sign_in_failure AS f (staff_account_id, client_address, failures, locked_until, last_failure)
					  SELECT id, :address, 1, CASE WHEN :max <= 1 THEN :lockedUntil END, :now FROM account
					  ON CONFLICT (staff_account_id, client_address) DO UPDATE SET
					    failures = CASE WHEN f.locked_until IS NOT NULL
					                         AND NOT (f.locked_until > :now AND (SELECT locked FROM account))
					                    THEN 1 ELSE f.failures + 1 END,
					    locked_until = CASE WHEN f.locked_until IS NOT NULL
					                             AND NOT (f.locked_until > :now AND (SELECT locked FROM account))
					                        THEN CASE WHEN :max <= 1 THEN :lockedUntil END
					                        WHEN f.locked_until IS NOT NULL THEN f.locked_until
					                        WHEN f.failures + 1 >= :max THEN :lockedUntil
					                        END,
					    last_failure = :now
					  RETURNING staff_account_id, locked_until
					)
					UPDATE staff_account a SET locked_until = failure.locked_until
					FROM failure
					WHERE a.id = failure.staff_account_id AND failure.locked_until IS NOT NULL
					  AND (a.locked_until IS NULL OR a.locked_until < failure.locked_until)
					""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("max", this.policy.maxFailures())
			.param("lockedUntil", now.plus(this.policy.lockDuration()).atOffset(ZoneOffset.UTC))
			.param("username", event.getAuthentication().getName())
			.param("address", clientAddress(event.getAuthentication()))
			.update();
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		// The address's count starts afresh and locks that ran out are forgotten; the
		// locks of other addresses stay.
		this.jdbc.sql("""
				WITH account AS (
				  UPDATE staff_account SET failed_sign_ins = 0, last_sign_in = :now
				  WHERE lower(username) = lower(:username) RETURNING id
				)
				DELETE FROM sign_in_failure f USING account
				WHERE f.staff_account_id = account.id AND (f.client_address = :address OR f.locked_until <= :now)
				""")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("username", event.getAuthentication().getName())
			.param("address", clientAddress(event.getAuthentication()))
			.update();
	}

}
