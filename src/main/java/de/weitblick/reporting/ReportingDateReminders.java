package de.weitblick.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.weitblick.funding.Grants;
import de.weitblick.funding.ReportingDateDue;
import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffAccountSummary;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.shared.Formats;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the project's lead and the head of department of a funder's reporting date in
 * advance ({@code weitblick.funding.reminder-days-ahead} days, 14 unless set), once per
 * date, in their notification inbox.
 */
@Service
public class ReportingDateReminders {

	private static final Logger log = LoggerFactory.getLogger(ReportingDateReminders.class);

	private final Grants grants;

	private final ProjectManagement projects;

	private final OrganisationManagement organisation;

	private final Notifications notifications;

	private final Clock clock;

	private final int daysAhead;

	ReportingDateReminders(Grants grants, ProjectManagement projects, OrganisationManagement organisation,
			Notifications notifications, Clock clock,
			@Value("${weitblick.funding.reminder-days-ahead:14}") int daysAhead) {
		this.grants = grants;
		this.projects = projects;
		this.organisation = organisation;
		this.notifications = notifications;
		this.clock = clock;
		this.daysAhead = daysAhead;
	}

	@Scheduled(cron = "${weitblick.funding.reminder-schedule:0 40 6 * * *}", zone = "Europe/Berlin")
	void remindEveryMorning() {
		remindDue();
	}

	/**
	 * Sends the reminders of the reporting dates from today to the days ahead that have
	 * had none.
	 * @return the number of reporting dates reminded of
	 */
	@Transactional
	public int remindDue() {
		LocalDate today = LocalDate.now(this.clock);
		List<ReportingDateDue> due = this.grants.reportingDatesToRemind(today, today.plusDays(this.daysAhead));
		if (due.isEmpty()) {
			return 0;
		}
		List<UUID> heads = this.organisation.accounts()
			.stream()
			.filter(account -> account.role() == Role.CONTROLLING && account.enabled())
			.map(StaffAccountSummary::id)
			.toList();
		Formats formats = Formats.of(Locale.GERMANY);
		for (ReportingDateDue date : due) {
			// One call into the project module per reporting date: its name and lead.
			Map.Entry<String, UUID> project = this.projects.project(new ProjectId(date.projectId()))
				.map(p -> Map.entry(p.displayName(), leadOrNobody(p)))
				.orElse(Map.entry(date.projectId().toString(), NOBODY));
			Set<UUID> recipients = new LinkedHashSet<>(heads);
			if (!NOBODY.equals(project.getValue())) {
				recipients.add(project.getValue());
			}
			for (UUID recipient : recipients) {
				this.notifications.notify(
						recipient, "funding.reminder.reporting-date", List.of(formats.date(date.dueOn()),
								date.programmeName(), date.noticeNumber(), project.getKey()),
						"/funding/grants/" + date.grantId().id());
			}
			this.grants.reminded(date);
		}
		log.info("Reporting-date reminders: {} dates reminded of", due.size());
		return due.size();
	}

	private static final UUID NOBODY = new UUID(0, 0);

	private static UUID leadOrNobody(Project project) {
		return (project.leadId() != null) ? project.leadId() : NOBODY;
	}

}
