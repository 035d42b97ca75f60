package de.weitblick.privacy;

import java.time.YearMonth;

/**
 * One month of the audit trail as stored.
 *
 * @param month the month (UTC), or null for the default partition that takes entries of a
 * month without a partition of its own
 * @param name the partition's table, never null
 * @param bytes its size on disk with its indexes and lists
 * @param estimatedEntries the planner's estimate of its entries
 */
public record AuditPartition(YearMonth month, String name, long bytes, long estimatedEntries) {

}
