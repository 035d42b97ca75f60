package de.weitblick.organisation;

import java.util.List;
import java.util.UUID;

/**
 * A notification was put into a staff member's inbox.
 *
 * @param notificationId never null
 * @param recipientId the staff account, never null
 * @param messageKey never null
 * @param arguments never null
 * @param link may be null
 */
public record StaffNotified(UUID notificationId, UUID recipientId, String messageKey, List<String> arguments,
		String link) {

	public StaffNotified {
		arguments = List.copyOf(arguments);
	}

}
