package de.weitblick.organisation;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends a copy of every notification by e-mail once it is committed, when a mail server
 * is configured ({@code spring.mail.host}) and the recipient has an address. The event
 * stays in the event publication registry until the mail is handed to the server, so a
 * mail server that is down delays the mail but does not lose it. The mail carries the
 * same text as the inbox and a link, never personal data: e-mail leaves the office's
 * systems unencrypted.
 */
@Component
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationMail {

	private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

	/** Mail is written in German, the language of the office. */
	private static final Locale MAIL_LOCALE = Locale.GERMAN;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final NotificationSettings settings;

	NotificationMail(ObjectProvider<JavaMailSender> mailSender, JdbcClient jdbc, MessageSource messages,
			NotificationSettings settings) {
		this.mailSender = mailSender;
		this.jdbc = jdbc;
		this.messages = messages;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(StaffNotified notified) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		String address = this.jdbc.sql("SELECT email FROM staff_account WHERE id = :id AND enabled")
			.param("id", notified.recipientId())
			.query(String.class)
			.optional()
			.orElse(null);
		if (address == null || address.isBlank()) {
			return;
		}
		String text = this.messages.getMessage(notified.messageKey(), notified.arguments().toArray(), MAIL_LOCALE);
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.settings.mailFrom());
		mail.setTo(address);
		mail.setSubject(this.messages.getMessage("notification.mail.subject", new Object[] { text }, MAIL_LOCALE));
		String link = (notified.link() != null) ? this.settings.baseUrl() + notified.link() : this.settings.baseUrl();
		mail.setText(this.messages.getMessage("notification.mail.body", new Object[] { text, link }, MAIL_LOCALE));
		sender.send(mail);
		log.debug("Sent notification {} by e-mail", notified.notificationId());
	}

}
