package de.weitblick.dialogue.idea;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of public participation and the moderators' attention.
 *
 * @param staleAfter how long an idea may sit in one status before the moderators see it
 * flagged
 * @param ideasPerDay ideas one address or account may submit per day
 * @param commentsPerHour comments one address or account may write per hour
 * @param confirmationsPerDay confirmation mails one address may ask for per day
 * @param minimumFillTime a form sent back quicker than this was filled by a machine
 * @param confirmationValidity how long a confirmation link works
 * @param baseUrl the address the links in mails start with
 * @param mailFrom the sender of the mails to the public
 * @param rememberAddressFor how long a browser remembers a confirmed address
 */
@ConfigurationProperties("weitblick.dialogue")
public record IdeaSettings(@DefaultValue("30d") Duration staleAfter, @DefaultValue("3") int ideasPerDay,
		@DefaultValue("10") int commentsPerHour, @DefaultValue("3") int confirmationsPerDay,
		@DefaultValue("3s") Duration minimumFillTime, @DefaultValue("24h") Duration confirmationValidity,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("weitblick@localhost") String mailFrom,
		@DefaultValue("90d") Duration rememberAddressFor) {

}
