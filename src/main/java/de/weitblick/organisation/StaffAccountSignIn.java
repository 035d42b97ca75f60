package de.weitblick.organisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads staff's local accounts for signing in; {@link PasswordSignIn} checks the password
 * and {@link SignInThrottle} counts the failures.
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

}
