package de.weitblick.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * An API token of a machine client, as the administration sees it: never its secret.
 *
 * @param id never null
 * @param accountId the account the token signs in as, never null
 * @param username that account's user name, never null
 * @param name what the token is for, such as "Jobcenter Fachverfahren", never null
 * @param issuedAt never null
 * @param issuedBy the administrator's user name, never null
 * @param issueReason why it was issued, never null
 * @param expiresAt from when it is refused, never null
 * @param lastUsedAt when it last signed in a call (to the minute), or null when never
 * @param revokedAt when it was revoked, or null
 * @param revokedBy who revoked it, or null
 * @param revokeReason why, or null
 */
public record ApiToken(UUID id, UUID accountId, String username, String name, Instant issuedAt, String issuedBy,
		String issueReason, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy,
		String revokeReason) {

	/**
	 * Whether a token signs calls in.
	 */
	public enum State {

		/** Gültig. */
		ACTIVE,

		/** Abgelaufen: its expiry date has passed. */
		EXPIRED,

		/** Widerrufen by an administrator. */
		REVOKED;

		public String messageKey() {
			return "organisation.api-token.state." + name();
		}

	}

	/**
	 * @param now must not be null
	 * @return the token's state at that time, never null
	 */
	public State state(Instant now) {
		if (this.revokedAt != null) {
			return State.REVOKED;
		}
		return this.expiresAt.isAfter(now) ? State.ACTIVE : State.EXPIRED;
	}

}
