package de.weitblick.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message in a staff member's inbox.
 *
 * @param id never null
 * @param messageKey the key of the text, never null
 * @param arguments the text's arguments, never null
 * @param link the address within the application the message is about, may be null
 * @param createdAt never null
 * @param readAt when the recipient marked it read, or null while unread
 */
public record Notification(UUID id, String messageKey, List<String> arguments, String link, Instant createdAt,
		Instant readAt) {

	public Notification {
		arguments = List.copyOf(arguments);
	}

	/**
	 * @return the arguments as a message needs them, never null
	 */
	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

	public boolean isUnread() {
		return this.readAt == null;
	}

}
