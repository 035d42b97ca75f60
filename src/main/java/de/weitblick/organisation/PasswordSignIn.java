package de.weitblick.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a local account's password, for the sign-in form and HTTP Basic alike, so that
 * every attempt costs one password hash of the same strength: a wrong password, an
 * unknown user name, a disabled or locked account and an account without a password
 * (single sign-on only). Otherwise the time of the answer would tell a guesser which user
 * names exist. A lock applies only to the address it was earned from
 * ({@link SignInThrottle}). Hashes weaker than the current strength are strengthened at
 * the next successful sign-in, so that all accounts come to cost the same.
 */
@Component
class PasswordSignIn extends DaoAuthenticationProvider {

	/** How {@link StaffAccountSignIn} marks an account that has no password. */
	private static final String NO_PASSWORD = "{noop}";

	private final SignInThrottle throttle;

	private volatile String dummyHash;

	PasswordSignIn(StaffAccountSignIn accounts, PasswordEncoder passwords, SignInThrottle throttle, JdbcClient jdbc) {
		super(accounts);
		this.throttle = throttle;
		setPasswordEncoder(passwords);
		// Checked before the password as usual; the password is still hashed when one
		// of them refuses (alwaysPerformAdditionalChecksOnUser). The lock is checked
		// with the password below, where the client's address is known.
		setPreAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Disabled");
			}
			if (!user.isAccountNonExpired()) {
				throw new AccountExpiredException("Expired");
			}
		});
		setAlwaysPerformAdditionalChecksOnUser(true);
		setUserDetailsPasswordService((user, newHash) -> {
			// No new version: the same password, only hashed more strongly.
			jdbc.sql("UPDATE staff_account SET password_hash = :hash WHERE lower(username) = lower(:username)")
				.param("hash", newHash)
				.param("username", user.getUsername())
				.update();
			return User.withUserDetails(user).password(newHash).build();
		});
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken attempt) {
		boolean lockedOut = !user.isAccountNonLocked()
				&& this.throttle.isLockedOut(user.getUsername(), SignInThrottle.clientAddress(attempt));
		try {
			if (user.getPassword() == null || user.getPassword().startsWith(NO_PASSWORD)) {
				// An account without a password costs as much as one with a wrong
				// password.
				getPasswordEncoder().matches(String.valueOf(attempt.getCredentials()), dummyHash());
				throw new BadCredentialsException("No password");
			}
			super.additionalAuthenticationChecks(user, attempt);
		}
		catch (BadCredentialsException wrongPassword) {
			if (lockedOut) {
				throw new LockedException("Locked for " + SignInThrottle.clientAddress(attempt));
			}
			throw wrongPassword;
		}
		if (lockedOut) {
			throw new LockedException("Locked for " + SignInThrottle.clientAddress(attempt));
		}
	}

	private String dummyHash() {
		if (this.dummyHash == null) {
			this.dummyHash = getPasswordEncoder().encode("no-password-" + System.nanoTime());
		}
		return this.dummyHash;
	}

}
