package de.weitblick.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator granted or withdrew a member of staff's permission to read and record
 * health restrictions. Published within the change's transaction, so that what listens
 * (the audit trail) commits or rolls back with it.
 *
 * @param accountId whose permission changed
 * @param granted true when granted, false when withdrawn
 * @param reason why, as the administrator gave it
 * @param changedBy the administrator's user name
 * @param changedAt when
 */
public record HealthDataPermissionChanged(UUID accountId, boolean granted, String reason, String changedBy,
		Instant changedAt) {

}
