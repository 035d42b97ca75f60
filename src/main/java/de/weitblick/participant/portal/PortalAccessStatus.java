package de.weitblick.participant.portal;

import java.time.Instant;

/**
 * What the counsellor sees of a person's access to the own area: never a code.
 *
 * @param boundAt since when an account is bound to the case file, or null when none is
 * @param username the bound account's user name, or null
 * @param openInvitationChannel how the open invitation was sent, or null when none is
 * open
 * @param openInvitationExpiresAt until when the open invitation may be redeemed, or null
 */
public record PortalAccessStatus(Instant boundAt, String username, InvitationChannel openInvitationChannel,
		Instant openInvitationExpiresAt) {

	public boolean bound() {
		return this.boundAt != null;
	}

	public boolean invited() {
		return this.openInvitationChannel != null;
	}

}
