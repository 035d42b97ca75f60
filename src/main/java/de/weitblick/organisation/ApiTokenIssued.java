package de.weitblick.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator issued an API token for an account. Published within the issue's
 * transaction, so that what listens (the audit trail) commits or rolls back with it.
 *
 * @param tokenId the new token
 * @param accountId the account it signs in as
 * @param issuedBy the administrator's user name
 * @param issuedAt when
 */
public record ApiTokenIssued(UUID tokenId, UUID accountId, String issuedBy, Instant issuedAt) {

}
