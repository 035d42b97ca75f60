package de.weitblick.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator revoked an API token. Published within the revocation's transaction.
 *
 * @param tokenId the revoked token
 * @param accountId the account it signed in as
 * @param revokedBy the administrator's user name
 * @param revokedAt when
 */
public record ApiTokenRevoked(UUID tokenId, UUID accountId, String revokedBy, Instant revokedAt) {

}
