package de.weitblick.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * What may be shown about an account: never its password hash.
 *
 * @param id never null
 * @param username never null
 * @param displayName never null
 * @param role never null
 * @param unitName the organisational unit's name, or null
 * @param partnerName the partner organisation's name, or null
 * @param enabled whether the account may sign in
 * @param demo whether the account exists only for demonstration
 * @param lockedUntil until when sign-in is refused after repeated failures, or null
 * @param lastSignIn may be null
 * @param maySeeHealthData whether the account may read and record health restrictions
 */
public record StaffAccountSummary(UUID id, String username, String displayName, Role role, String unitName,
		String partnerName, boolean enabled, boolean demo, Instant lockedUntil, Instant lastSignIn,
		boolean maySeeHealthData) {

}
