package de.weitblick.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the head of department enters for a new grant.
 *
 * @param programmeId the paying programme, must not be null
 * @param projectId the project in the project module, must not be null
 * @param startsOn first day of the grant period, must not be null
 * @param endsOn last day of the grant period, must not be null
 * @param amountCents the amount granted in cents, zero or more
 * @param coFinancingPercent the share the city or others pay on top, 0 to 100
 * @param noticeNumber the grant notice's number (Bescheid), must not be blank
 * @param noticeDate the grant notice's date, must not be null
 * @param reportingDates the days the funder expects a report, never null
 */
public record GrantDraft(FundingProgrammeId programmeId, UUID projectId, LocalDate startsOn, LocalDate endsOn,
		long amountCents, int coFinancingPercent, String noticeNumber, LocalDate noticeDate,
		List<LocalDate> reportingDates) {

	public GrantDraft {
		reportingDates = (reportingDates != null) ? List.copyOf(reportingDates) : List.of();
	}

}
