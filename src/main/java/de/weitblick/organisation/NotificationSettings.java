package de.weitblick.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notifications reach people by e-mail. Mail is sent only when
 * {@code spring.mail.host} is configured and the recipient's account has an address.
 *
 * @param baseUrl the address people open Weitblick at, for the links in e-mails
 * @param mailFrom the sender of the e-mails
 */
@ConfigurationProperties("weitblick.notifications")
public record NotificationSettings(String baseUrl, String mailFrom) {

	public NotificationSettings {
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.strip();
		if (baseUrl.endsWith("/")) {
			baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
		}
		mailFrom = (mailFrom == null || mailFrom.isBlank()) ? "weitblick@localhost" : mailFrom.strip();
	}

}
