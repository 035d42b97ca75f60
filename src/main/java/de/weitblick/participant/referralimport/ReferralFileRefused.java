package de.weitblick.participant.referralimport;

import java.util.List;

import de.weitblick.shared.RuleViolation;

/**
 * A referral list that cannot be imported at all: not a CSV file, an encoding that cannot
 * be read, missing or unknown columns, a quote that is never closed. Nothing of such a
 * file is stored.
 */
public class ReferralFileRefused extends RuleViolation {

	private final List<String> columns;

	private final Integer row;

	/**
	 * @param messageKey the key of the message that explains what is wrong, must not be
	 * null
	 * @param columns the headers the message is about (missing, unknown or repeated),
	 * never null
	 * @param row the row of the file where reading failed, or null
	 * @param arguments the message's arguments
	 */
	ReferralFileRefused(String messageKey, List<String> columns, Integer row, Object... arguments) {
		super("file", messageKey, arguments);
		this.columns = List.copyOf(columns);
		this.row = row;
	}

	ReferralFileRefused(String messageKey, Object... arguments) {
		this(messageKey, List.of(), null, arguments);
	}

	/**
	 * @return the headers the refusal is about, never null
	 */
	public List<String> columns() {
		return this.columns;
	}

	/**
	 * @return the row where reading failed, or null
	 */
	public Integer row() {
		return this.row;
	}

}
