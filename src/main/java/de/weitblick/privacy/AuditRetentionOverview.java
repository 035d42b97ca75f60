package de.weitblick.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * The audit trail's retention as the data protection officer sees it.
 *
 * @param keptYears full years an entry is kept after the year it was written in
 * @param cutOff entries written before this day are removed at the next run
 * @param monthsAhead coming months that have their partitions ready
 * @param openHolds holds open today
 * @param partitions the months stored, the newest first
 * @param runs the latest runs, the newest first
 */
public record AuditRetentionOverview(int keptYears, LocalDate cutOff, int monthsAhead, int openHolds,
		List<AuditPartition> partitions, List<AuditRetentionRun> runs) {

}
