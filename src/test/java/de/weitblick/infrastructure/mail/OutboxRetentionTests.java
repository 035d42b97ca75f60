package de.weitblick.infrastructure.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.weitblick.WeitblickIntegrationTest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local outbox keeps a mail for the retention period; the nightly step deletes what
 * is older, and only that.
 */
@WeitblickIntegrationTest
class OutboxRetentionTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectProvider<LocalOutbox> outbox;

	@Test
	void aMailOlderThanTheRetentionPeriodIsDeletedAndAYoungerOneIsKept() {
		Instant now = Instant.now();
		String old = send(now.minus(Duration.ofDays(31)));
		String young = send(now.minus(Duration.ofDays(29)));

		OutboxRetention retention = new OutboxRetention(
				provider(new LocalOutbox(this.jdbc, Clock.fixed(now, ZoneOffset.UTC))), Duration.ofDays(30));
		int deleted = retention.deleteExpired();

		assertThat(deleted).isGreaterThanOrEqualTo(1);
		assertThat(mailsTo(old)).isZero();
		assertThat(mailsTo(young)).isEqualTo(1);
	}

	@Test
	void withoutTheLocalOutboxNothingIsDeletedAndARetentionOfNothingIsRefused() {
		assertThat(new OutboxRetention(provider(null), Duration.ofDays(30)).deleteExpired()).isZero();
		assertThatThrownBy(() -> new OutboxRetention(provider(null), Duration.ZERO))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.outbox.getIfAvailable()).isNotNull();
	}

	private String send(Instant at) {
		String address = "retention-" + UUID.randomUUID() + "@example.org";
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setTo(address);
		mail.setSubject("Test");
		mail.setText("Text");
		new LocalOutbox(this.jdbc, Clock.fixed(at, ZoneOffset.UTC)).send(mail);
		return address;
	}

	private int mailsTo(String address) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipients = :to")
			.param("to", address)
			.query(Integer.class)
			.single();
	}

	private static ObjectProvider<LocalOutbox> provider(LocalOutbox outbox) {
		return new ObjectProvider<>() {

			@Override
			public LocalOutbox getObject() {
				return outbox;
			}

			@Override
			public LocalOutbox getObject(Object... args) {
				return outbox;
			}

			@Override
			public LocalOutbox getIfAvailable() {
				return outbox;
			}

			@Override
			public LocalOutbox getIfUnique() {
				return outbox;
			}

		};
	}

}
