package de.weitblick.participant.portal;

import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;

/**
 * The signed-in participant with the one case file their account is bound to.
 *
 * @param participant the own case file, never null
 * @param accountId the account, never null
 * @param username never null
 */
public record OwnCase(ParticipantId participant, java.util.UUID accountId, String username) {

	/** How the person's own reads and changes are named in the audit trail. */
	public static final AccessPurpose PURPOSE = AccessPurpose.SUBJECT_ACCESS;

	public Actor actor() {
		return actorNamed(this.username);
	}

	/**
	 * @param username the participant's user name, must not be null
	 * @return how the participant is named in the audit trail, never null
	 */
	public static Actor actorNamed(String username) {
		return new Actor(username, "PARTICIPANT");
	}

}
