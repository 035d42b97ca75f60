package de.weitblick.organisation;

import de.weitblick.shared.RuleViolation;

/**
 * What a password must be: at least {@value #MINIMUM_LENGTH} characters, as the BSI
 * recommends long passwords, and never the user name.
 */
public final class PasswordPolicy {

	/** The fewest characters a password may have. */
	public static final int MINIMUM_LENGTH = InitialAdministrator.MINIMUM_PASSWORD_LENGTH;

	/** The most characters a password may have (BCrypt reads no more than 72 bytes). */
	public static final int MAXIMUM_LENGTH = 72;

	private PasswordPolicy() {
	}

	/**
	 * @param field the form field the password was entered in, must not be null
	 * @param password may be null
	 * @param username the account's user name, must not be null
	 * @throws RuleViolation when the password is too short, too long or the user name
	 */
	static void check(String field, String password, String username) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			throw new RuleViolation(field, "organisation.password.rule.too-short", MINIMUM_LENGTH);
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_LENGTH) {
			throw new RuleViolation(field, "organisation.password.rule.too-long", MAXIMUM_LENGTH);
		}
		if (password.strip().equalsIgnoreCase(username.strip())) {
			throw new RuleViolation(field, "organisation.password.rule.username");
		}
	}

}
