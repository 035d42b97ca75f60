package de.weitblick.dialogue.edition;

/**
 * Where an invitation to an edition stands.
 */
public enum InvitationStatus {

	/** Invited, no answer yet. */
	INVITED,

	/** Registered to take part. */
	REGISTERED,

	/** Declined. */
	DECLINED;

	public String messageKey() {
		return "dialogue.invitation.status." + name();
	}

}
