package de.weitblick.dialogue.idea;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A confirmed address outlives the browser session: the browser keeps a random token in a
 * cookie until it expires ({@code weitblick.dialogue.remember-address-for}), and the
 * address is stored with the token's hash only, so a copy of the database opens nothing.
 */
@Service
@Transactional
public class RememberedAddresses {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaSettings settings;

	RememberedAddresses(JdbcClient jdbc, Clock clock, IdeaSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * @param email a confirmed address, must not be null
	 * @return the token for the browser's cookie
	 */
	public String remember(String email) {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO dialogue_remembered_address (token_hash, email, remembered_at, expires_at)
				VALUES (:hash, :email, :now, :expires)
				""")
			.param("hash", hash(token))
			.param("email", email)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("expires", now.plus(validity()).atOffset(ZoneOffset.UTC))
			.update();
		return token;
	}

	/**
	 * @return the address the token stands for, empty for an unknown or expired one
	 */
	@Transactional(readOnly = true)
	public Optional<String> recall(String token) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT email FROM dialogue_remembered_address WHERE token_hash = :hash AND expires_at > :now
				""")
			.param("hash", hash(token))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query(String.class)
			.optional();
	}

	/**
	 * The person leaves: the token no longer opens anything.
	 */
	public void forget(String token) {
		if (token != null && token.length() <= 100) {
			this.jdbc.sql("DELETE FROM dialogue_remembered_address WHERE token_hash = :hash")
				.param("hash", hash(token))
				.update();
		}
	}

	/**
	 * @return how long a browser remembers the address
	 */
	@Transactional(readOnly = true)
	public Duration validity() {
		return this.settings.rememberAddressFor();
	}

	/**
	 * Deletes the expired tokens every night.
	 * @return how many were deleted
	 */
	@Scheduled(cron = "${weitblick.dialogue.remembered-cleanup-schedule:0 20 3 * * *}", zone = "Europe/Berlin")
	public int deleteExpired() {
		return this.jdbc.sql("DELETE FROM dialogue_remembered_address WHERE expires_at <= :now")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
