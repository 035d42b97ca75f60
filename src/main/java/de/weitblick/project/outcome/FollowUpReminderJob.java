package de.weitblick.project.outcome;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the project leads of follow-ups that can be made, every morning before work
 * starts.
 */
@Component
class FollowUpReminderJob {

	private final FollowUpReminders reminders;

	FollowUpReminderJob(FollowUpReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${weitblick.follow-up.reminder-schedule:0 30 6 * * *}", zone = "Europe/Berlin")
	void remindDueFollowUps() {
		this.reminders.remindDue();
	}

}
