package de.weitblick.infrastructure.mail;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes every night the mails of the local outbox that are older than
 * {@code weitblick.mail.outbox-retention}: they hold addresses and texts of people and
 * are no archive.
 */
@Component
public class OutboxRetention {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

	private final ObjectProvider<LocalOutbox> outbox;

	private final Duration retention;

	OutboxRetention(ObjectProvider<LocalOutbox> outbox,
			@Value("${weitblick.mail.outbox-retention:30d}") Duration retention) {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("weitblick.mail.outbox-retention must be positive");
		}
		this.outbox = outbox;
		this.retention = retention;
	}

	/**
	 * @return how many mails were deleted; none without the local outbox
	 */
	@Scheduled(cron = "${weitblick.mail.outbox-retention-schedule:0 15 3 * * *}", zone = "Europe/Berlin")
	public int deleteExpired() {
		LocalOutbox local = this.outbox.getIfAvailable();
		if (local == null) {
			return 0;
		}
		int deleted = local.deleteOlderThan(this.retention);
		if (deleted > 0) {
			log.info("Deleted {} mails older than {} from the local outbox", deleted, this.retention);
		}
		return deleted;
	}

}
