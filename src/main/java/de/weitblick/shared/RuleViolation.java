package de.weitblick.shared;

import java.util.List;

/**
 * An aggregate refused a change that breaks one of its rules. Pages show the message at
 * the field it names; the API answers with a problem detail that says the message.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final List<Object> arguments;

	/**
	 * @param field the form field the rule is about, or null for the record as a whole
	 * @param messageKey the key of the message that explains the rule, must not be null
	 * @param arguments the message's arguments
	 */
	public RuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey + ((field != null) ? " (" + field + ")" : ""));
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	/**
	 * @return the field, or null
	 */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
