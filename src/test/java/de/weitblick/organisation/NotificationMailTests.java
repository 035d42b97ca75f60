package de.weitblick.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.weitblick.WeitblickIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a mail server configured, every notification also goes out by e-mail, after the
 * commit, through a real SMTP server running inside the test (GreenMail); the mail
 * carries the text and a link, no personal data.
 */
@WeitblickIntegrationTest
class NotificationMailTests {

	private static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stopMailServer() {
		smtp.stop();
	}

	@Autowired
	Notifications notifications;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aNotificationReachesTheInboxAndTheMailboxWithALinkAndWithoutPersonalData() throws Exception {
		StaffMember counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		String project = "Postfach " + UUID.randomUUID();
		int unread = this.notifications.unreadCount(counsellor.id());

		this.transactions
			.executeWithoutResult(status -> this.notifications.notify(counsellor.id(), "enrolment.notification.offered",
					List.of(project, "2026/27"), "/projects/019a0000-0000-7000-8000-000000005002"));

		assertThat(this.notifications.unreadCount(counsellor.id())).isEqualTo(unread + 1);
		MimeMessage mail = awaitMailAbout(project);
		assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("fachkraft@weitblick.example");
		assertThat(mail.getSubject()).startsWith("Weitblick: Einer Person Ihres Teams wurde ein Platz in");
		assertThat((String) mail.getContent())
			.contains("http://localhost:8080/projects/019a0000-0000-7000-8000-000000005002")
			.contains("keine personenbezogenen Daten");
	}

	/**
	 * The mail follows the commit in the background; waits until it arrived, however long
	 * the machine takes (within the build's own time limit).
	 */
	private static MimeMessage awaitMailAbout(String marker) throws InterruptedException {
		while (true) {
			MimeMessage found = Arrays.stream(smtp.getReceivedMessages())
				.filter(message -> subject(message).contains(marker))
				.findFirst()
				.orElse(null);
			if (found != null) {
				return found;
			}
			smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

}
