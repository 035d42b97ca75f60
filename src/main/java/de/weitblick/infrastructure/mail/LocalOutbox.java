package de.weitblick.infrastructure.mail;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The mail server of the embedded default: every mail any module sends through
 * {@link JavaMailSender} is kept in a local outbox that a person opens in the browser
 * ({@code /outbox}), instead of leaving the machine. With {@code spring.mail.host} set,
 * the real server takes its place.
 */
public class LocalOutbox implements JavaMailSender {

	/** How many mails the outbox page shows, the newest first. */
	static final int SHOWN = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void send(SimpleMailMessage... messages) {
		for (SimpleMailMessage message : messages) {
			keep(message.getFrom(), join(message.getTo()), message.getSubject(), message.getText());
		}
	}

	@Override
	public MimeMessage createMimeMessage() {
		return new MimeMessage((Session) null);
	}

	@Override
	public MimeMessage createMimeMessage(InputStream contentStream) {
		try {
			return new MimeMessage(null, contentStream);
		}
		catch (MessagingException ex) {
			throw new MailParseException(ex);
		}
	}

	@Override
	public void send(MimeMessage... messages) {
		for (MimeMessage message : messages) {
			try {
				keep(addresses(message.getFrom()), addresses(message.getAllRecipients()), message.getSubject(),
						text(message.getContent()));
			}
			catch (MessagingException | IOException ex) {
				throw new MailPreparationException(ex);
			}
		}
	}

	/**
	 * @return the latest mails, the newest first; never null
	 */
	public List<OutboxMail> latest() {
		return this.jdbc.sql(
				"SELECT id, sent_at, sender, recipients, subject, body FROM mail_outbox ORDER BY sent_at DESC, id DESC LIMIT :limit")
			.param("limit", SHOWN)
			.query((rs, n) -> new OutboxMail(rs.getObject("id", UUID.class), rs.getTimestamp("sent_at").toInstant(),
					rs.getString("sender"), rs.getString("recipients"), rs.getString("subject"), rs.getString("body")))
			.list();
	}

	/**
	 * Deletes the mails kept longer than the retention period.
	 * @param retention how long a mail is kept, must be positive
	 * @return how many mails were deleted
	 */
	public int deleteOlderThan(java.time.Duration retention) {
		return this.jdbc.sql("DELETE FROM mail_outbox WHERE sent_at < :oldest")
			.param("oldest", java.sql.Timestamp.from(Instant.now(this.clock).minus(retention)))
			.update();
	}

	private void keep(String from, String to, String subject, String body) {
		this.jdbc.sql("""
				INSERT INTO mail_outbox (id, sent_at, sender, recipients, subject, body)
				VALUES (:id, :at, :from, :to, :subject, :body)
				""")
			.param("id", TimeOrderedIds.next())
			.param("at", java.sql.Timestamp.from(Instant.now(this.clock)))
			.param("from", (from != null) ? from : "")
			.param("to", (to != null) ? to : "")
			.param("subject", (subject != null) ? subject : "")
			.param("body", (body != null) ? body : "")
			.update();
	}

	private static String join(String[] addresses) {
		return (addresses != null) ? String.join(", ", addresses) : "";
	}

	private static String addresses(Address[] addresses) {
		return (addresses != null) ? Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "))
				: "";
	}

	private static String text(Object content) throws MessagingException, IOException {
		if (content instanceof MimeMultipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				Object part = multipart.getBodyPart(i).getContent();
				if (part instanceof String || part instanceof MimeMultipart) {
					text.append(text(part));
				}
			}
			return text.toString();
		}
		return (content != null) ? content.toString() : "";
	}

	/**
	 * One mail in the outbox.
	 *
	 * @param id never null
	 * @param sentAt never null
	 * @param sender never null
	 * @param recipients never null
	 * @param subject never null
	 * @param body never null
	 */
	public record OutboxMail(UUID id, Instant sentAt, String sender, String recipients, String subject, String body) {

	}

}
