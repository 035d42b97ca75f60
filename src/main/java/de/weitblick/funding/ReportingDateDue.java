package de.weitblick.funding;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A day the funder expects a report on a grant.
 *
 * @param grantId never null
 * @param dueOn never null
 * @param projectId the funded project, never null
 * @param programmeName never null
 * @param noticeNumber the grant notice's number, never null
 */
public record ReportingDateDue(GrantId grantId, LocalDate dueOn, UUID projectId, String programmeName,
		String noticeNumber) {

}
