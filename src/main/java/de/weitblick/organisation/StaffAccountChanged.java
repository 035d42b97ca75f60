package de.weitblick.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A staff account was created or changed. Published within the change's transaction, so
 * that what listens (the audit trail) commits or rolls back with it. It carries no
 * personal data and no free text: the reason stays with the account's history.
 *
 * @param accountId the account, never null
 * @param kind what happened, never null
 * @param changedFields the names of the fields changed (such as {@code role}), empty when
 * the kind says all; never null
 * @param changedBy the user name of who made the change, never null
 * @param changedByRole the role of who made the change, or null when the application made
 * it (single sign-on)
 * @param changedAt never null
 */
public record StaffAccountChanged(UUID accountId, StaffAccountChangeKind kind, List<String> changedFields,
		String changedBy, Role changedByRole, Instant changedAt) {

	public StaffAccountChanged {
		changedFields = List.copyOf(changedFields);
	}

}
