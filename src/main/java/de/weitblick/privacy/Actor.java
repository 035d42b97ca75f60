package de.weitblick.privacy;

/**
 * Who is processing personal data right now.
 *
 * @param username never null
 * @param role the role name, may be null for the system itself
 */
public record Actor(String username, String role) {

	/** The application itself, e.g. the retention job. */
	public static final Actor SYSTEM = new Actor("system", null);

}
