package de.weitblick.participant.messages;

import java.util.List;

import de.weitblick.participant.ParticipantId;

/**
 * The thread of one case file as one side reads it.
 *
 * @param participant the case file, never null
 * @param personName how the person is named on the counsellor's side, or their given
 * names on their own side; never null
 * @param mayWrite whether the reader may write into the thread
 * @param messages the newest first, never null
 */
public record MessageThread(ParticipantId participant, String personName, boolean mayWrite, List<Message> messages) {

	/** The longest message accepted. */
	public static final int MAXIMUM_LENGTH = 4000;

	public MessageThread {
		messages = List.copyOf(messages);
	}

}
