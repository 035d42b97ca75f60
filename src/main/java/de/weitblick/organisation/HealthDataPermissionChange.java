package de.weitblick.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * One grant or withdrawal of an account's health-data permission, as recorded.
 *
 * @param accountId the account whose permission changed, never null
 * @param username the account's user name, never null
 * @param granted true for a grant, false for a withdrawal
 * @param reason why, as the administrator wrote it; never null
 * @param changedBy the administrator's user name, never null
 * @param changedAt never null
 */
public record HealthDataPermissionChange(UUID accountId, String username, boolean granted, String reason,
		String changedBy, Instant changedAt) {

}
