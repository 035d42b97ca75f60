package de.weitblick.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs staff in against their local accounts and throttles guessing: after
 * {@link SignInThrottlePolicy#maxFailures()} failures in a row the account is locked for
 * a while. The counters are updated in one SQL statement each, so concurrent attempts on
 * several instances cannot lose a failure.
 */
@Component
class StaffAccountSignIn implements UserDetailsService {

	private final JdbcClient jdbc;

	private final SignInThrottlePolicy policy;

	private final Clock clock;

	StaffAccountSignIn(JdbcClient jdbc, SignInThrottlePolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		record Row(String username, String passwordHash, String role, boolean enabled, OffsetDateTime lockedUntil) {
		}
		Row row = this.jdbc.sql("""
				SELECT username, password_hash, role, enabled, locked_until
				FROM staff_account WHERE lower(username) = lower(:username)
				""")
			.param("username", username)
			.query(Row.class)
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
		boolean locked = row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(this.clock.instant());
		// An account without a password signs in only through the identity provider.
		String password = (row.passwordHash() != null) ? row.passwordHash() : "{noop}" + java.util.UUID.randomUUID();
		return User.withUsername(row.username())
			.password(password)
			.authorities(List.of(new SimpleGrantedAuthority(Role.valueOf(row.role()).authority())))
			.disabled(!row.enabled())
			.accountLocked(locked)
			.build();
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				UPDATE staff_account
				SET failed_sign_ins = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN 1
				                           ELSE failed_sign_ins + 1 END,
				    locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN NULL
				                        WHEN failed_sign_ins + 1 >= :max THEN :lockedUntil
				                        ELSE locked_until END
				WHERE lower(username) = lower(:username)
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("max", this.policy.maxFailures())
			.param("lockedUntil", now.plus(this.policy.lockDuration()).atOffset(ZoneOffset.UTC))
			.param("username", event.getAuthentication().getName())
			.update();
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		this.jdbc.sql("""
				UPDATE staff_account SET failed_sign_ins = 0, locked_until = NULL, last_sign_in = :now
				WHERE lower(username) = lower(:username)
				""")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("username", event.getAuthentication().getName())
			.update();
	}

}
