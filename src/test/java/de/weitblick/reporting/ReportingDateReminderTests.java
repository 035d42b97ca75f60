package de.weitblick.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.funding.GrantDraft;
import de.weitblick.funding.GrantId;
import de.weitblick.funding.Grants;
import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A funder's reporting date reminds the project's lead and the head of department two
 * weeks ahead, once.
 */
@WeitblickIntegrationTest
class ReportingDateReminderTests {

	@Autowired
	Grants grants;

	@Autowired
	ReportingDateReminders reminders;

	@Autowired
	Notifications notifications;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Clock clock;

	@Test
	void theLeadAndTheHeadOfDepartmentAreRemindedOnceOfAReportingDateInTenDays() {
		StaffMember controlling = this.organisation.staffMember("controlling").orElseThrow();
		StaffMember lead = this.organisation.staffMember("projektleitung").orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		String notice = "AZ-REMIND-" + UUID.randomUUID();
		GrantId grant = this.grants
			.create(new GrantDraft(new FundingProgrammeId(UUID.fromString("019a0000-0000-7000-8000-000000004001")),
					UUID.fromString("019a0000-0000-7000-8000-000000005002"), today.minusMonths(6), today.plusMonths(6),
					1_000_00L, 0, notice, today.minusMonths(7), List.of(today.plusDays(10), today.plusDays(40))),
					controlling);

		this.reminders.remindDue();
		this.reminders.remindDue();

		for (StaffMember person : List.of(controlling, lead)) {
			assertThat(this.notifications.inbox(person.id())).filteredOn(n -> n.arguments().contains(notice))
				.singleElement()
				.satisfies(n -> {
					assertThat(n.messageKey()).isEqualTo("funding.reminder.reporting-date");
					assertThat(n.link()).isEqualTo("/funding/grants/" + grant.id());
				});
		}
	}

}
