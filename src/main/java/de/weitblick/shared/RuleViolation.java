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

	private final List<Reason> reasons;

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
		this.reasons = List.of();
	}

	/**
	 * A refusal with several reasons, each of which the person should read, such as the
	 * rules of a project a person does not meet.
	 * @param field the form field the rule is about, or null for the record as a whole
	 * @param messageKey the key of the message that sums up the refusal, must not be null
	 * @param reasons the reasons, must not be null
	 */
	public RuleViolation(String field, String messageKey, List<Reason> reasons) {
		super(messageKey + ((field != null) ? " (" + field + ")" : "") + " " + reasons);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = List.of();
		this.reasons = List.copyOf(reasons);
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

	/**
	 * @return the reasons in the order they should be read, empty when the message says
	 * all; never null
	 */
	public List<Reason> reasons() {
		return this.reasons;
	}

	/**
	 * One reason of a refusal, as a message key with its arguments. An argument may be a
	 * {@code MessageSourceResolvable}, such as the name of a value in the reader's
	 * language.
	 *
	 * @param messageKey never null
	 * @param arguments never null
	 */
	public record Reason(String messageKey, List<Object> arguments) {

		public Reason {
			arguments = List.copyOf(arguments);
		}

		/**
		 * @return the arguments as a message needs them, never null
		 */
		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
