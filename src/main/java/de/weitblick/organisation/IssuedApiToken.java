package de.weitblick.organisation;

/**
 * A token just issued, with its secret: the only time the secret is known, since only its
 * hash is kept.
 *
 * @param token the token, never null
 * @param secret what the client sends as {@code Authorization: Bearer <secret>}, never
 * null
 */
public record IssuedApiToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		// Never in a log.
		return "IssuedApiToken[" + this.token.id() + "]";
	}

}
