package de.weitblick.participant.portal;

import java.time.Instant;
import java.util.Locale;

import de.weitblick.shared.Formats;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The invitation mail: the one-time link and until when it works, in plain German, with
 * no name and nothing else about the person, as e-mail leaves the office unencrypted.
 * Without a mail server the mail goes to the local outbox.
 */
@Component
class InvitationMail {

	/** Mail is written in German, the language of the office. */
	private static final Locale MAIL_LOCALE = Locale.GERMAN;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final String baseUrl;

	private final String mailFrom;

	InvitationMail(ObjectProvider<JavaMailSender> mail, MessageSource messages,
			@Value("${weitblick.notifications.base-url:http://localhost:8080}") String baseUrl,
			@Value("${weitblick.notifications.mail-from:weitblick@localhost}") String mailFrom) {
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.mailFrom = mailFrom;
	}

	void send(String address, String code, Instant expiresAt) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		String link = this.baseUrl + "/mein-bereich/zugang?code=" + PortalInvitations.grouped(code);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.mailFrom);
		message.setTo(address);
		message.setSubject(this.messages.getMessage("participant.portal.mail.subject", null, MAIL_LOCALE));
		message.setText(this.messages.getMessage("participant.portal.mail.body",
				new Object[] { link, Formats.of(MAIL_LOCALE).dateOf(expiresAt) }, MAIL_LOCALE));
		sender.send(message);
	}

}
