package de.weitblick.participant.portal;

/**
 * How an invitation to the own area reaches the person.
 */
public enum InvitationChannel {

	/** Per E-Mail: a mail with a one-time link. */
	EMAIL,

	/** Per Brief: a printed letter with a one-time code, for people without e-mail. */
	LETTER;

	public String messageKey() {
		return "participant.portal.channel." + name();
	}

}
