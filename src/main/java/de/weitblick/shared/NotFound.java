package de.weitblick.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when a record someone asked for does not exist (or is not theirs to know of).
 * Pages answer it with the 404 page, the API with a problem detail that says the message.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	private final String messageKey;

	/**
	 * @param messageKey the key of the message that names what was not found, must not be
	 * null
	 */
	public NotFound(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
