package de.weitblick.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of an account's history, as recorded.
 *
 * @param accountId never null
 * @param kind never null
 * @param changedFields the names of the fields changed, never null
 * @param reason why, as the administrator wrote it; null for changes the owner or the
 * single sign-on made
 * @param changedBy the user name of who made the change, never null
 * @param changedAt never null
 */
public record StaffAccountChange(UUID accountId, StaffAccountChangeKind kind, List<String> changedFields, String reason,
		String changedBy, Instant changedAt) {

}
