package de.weitblick.dialogue.idea;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends through the application's mail sender: the mail server of
 * {@code spring.mail.host}, or, without one (the embedded default), the local outbox
 * page. Only when no mail sender exists at all is the mail written to the application
 * log.
 */
@Component
class SmtpPublicMail implements PublicMail {

	private static final Logger log = LoggerFactory.getLogger(SmtpPublicMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final IdeaSettings settings;

	SmtpPublicMail(ObjectProvider<JavaMailSender> sender, IdeaSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public void send(String address, String subject, String text) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.info("No mail server configured; mail to the public not sent: {}\n{}", subject, text);
			return;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.settings.mailFrom());
		mail.setTo(address);
		mail.setSubject(subject);
		mail.setText(text);
		mailSender.send(mail);
	}

}
