package de.weitblick.participant.dataprotection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the case files whose retention period has ended, every night. Several instances
 * may run it at once: each erases what the others have not locked.
 */
@Component
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final DataSubjectRights participants;

	RetentionJob(DataSubjectRights participants) {
		this.participants = participants;
	}

	@Scheduled(cron = "${weitblick.retention.schedule:0 30 2 * * *}", zone = "Europe/Berlin")
	void eraseDueCaseFiles() {
		int erased = this.participants.eraseDue();
		log.info("Retention: erased {} case files whose retention period has ended", erased);
	}

}
