package de.weitblick.dialogue.idea;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members of the public take part with a confirmed e-mail address: they ask for a link,
 * and opening it within the validity confirms the address. Only a hash of the link's
 * token is stored, so a copy of the database opens nothing.
 */
@Service
@Transactional
public class AddressConfirmations {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final int MAXIMUM_ADDRESS = 320;

	/** Mail to the public is written in German, the language of the office. */
	private static final Locale MAIL_LOCALE = Locale.GERMAN;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdeaSettings settings;

	private final PublicMail mail;

	private final MessageSource messages;

	AddressConfirmations(JdbcClient jdbc, Clock clock, IdeaSettings settings, PublicMail mail, MessageSource messages) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.mail = mail;
		this.messages = messages;
	}

	/**
	 * Sends a confirmation link to the address.
	 * @param address must not be null
	 * @param returnTo the public page to go back to after confirming, a path of this site
	 * @throws RuleViolation for an address that is none, or one that asked too often
	 * today
	 */
	public void request(String address, String returnTo) {
		String email = (address == null) ? "" : address.strip().toLowerCase(Locale.ROOT);
		if (email.length() > MAXIMUM_ADDRESS || !ADDRESS.matcher(email).matches()) {
			throw new RuleViolation("email", "dialogue.rule.address-invalid");
		}
		Instant now = this.clock.instant();
		int today = this.jdbc
			.sql("SELECT count(*) FROM dialogue_address_confirmation WHERE email = :email AND requested_at > :since")
			.param("email", email)
			.param("since", now.minus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		if (today >= this.settings.confirmationsPerDay()) {
			throw new RuleViolation("email", "dialogue.rule.too-many-confirmations");
		}
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				INSERT INTO dialogue_address_confirmation (token_hash, email, requested_at)
				VALUES (:hash, :email, :now)
				""")
			.param("hash", hash(token))
			.param("email", email)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		String link = this.settings.baseUrl() + "/public/dialogue/confirm/" + token
				+ ((returnTo != null && returnTo.startsWith("/public/") && !returnTo.startsWith("//"))
						? "?next=" + java.net.URLEncoder.encode(returnTo, StandardCharsets.UTF_8) : "");
		this.mail.send(email, this.messages.getMessage("dialogue.mail.confirm.subject", null, MAIL_LOCALE),
				this.messages.getMessage("dialogue.mail.confirm.body",
						new Object[] { link, this.settings.confirmationValidity().toHours() }, MAIL_LOCALE));
	}

	/**
	 * Confirms the address the token was sent to, once, within the validity.
	 * @return the confirmed address, empty for an unknown, used or expired token
	 */
	public Optional<String> confirm(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				UPDATE dialogue_address_confirmation SET confirmed_at = :now
				WHERE token_hash = :hash AND confirmed_at IS NULL AND requested_at > :oldest
				RETURNING email
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("hash", hash(token))
			.param("oldest", now.minus(this.settings.confirmationValidity()).atOffset(ZoneOffset.UTC))
			.query(String.class)
			.optional();
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
