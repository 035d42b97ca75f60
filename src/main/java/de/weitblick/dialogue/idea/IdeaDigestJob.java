package de.weitblick.dialogue.idea;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the daily digests every morning.
 */
@Component
class IdeaDigestJob {

	private final IdeaDigest digest;

	IdeaDigestJob(IdeaDigest digest) {
		this.digest = digest;
	}

	@Scheduled(cron = "${weitblick.dialogue.digest-schedule:0 0 7 * * *}", zone = "Europe/Berlin")
	void sendDigests() {
		this.digest.sendDue();
	}

}
