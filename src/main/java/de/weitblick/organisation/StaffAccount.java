package de.weitblick.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * One staff account as an administrator sees it: never its password hash.
 *
 * @param id never null
 * @param version the version to send back with a change
 * @param username never null
 * @param details never null
 * @param enabled whether the account may sign in
 * @param demo whether the account exists only for demonstration
 * @param hasPassword whether the account may sign in with a password (otherwise only
 * through single sign-on)
 * @param passwordChangeRequired whether the owner must change the password before
 * anything else
 * @param failedSignIns failed sign-ins in a row
 * @param lockedUntil until when sign-in is refused after repeated failures, or null
 * @param lastSignIn may be null
 * @param maySeeHealthData whether the account may read and record health restrictions
 */
public record StaffAccount(UUID id, int version, String username, StaffAccountDetails details, boolean enabled,
		boolean demo, boolean hasPassword, boolean passwordChangeRequired, int failedSignIns, Instant lockedUntil,
		Instant lastSignIn, boolean maySeeHealthData) {

	/**
	 * @param now must not be null
	 * @return whether sign-in is refused at this moment after repeated failures
	 */
	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
