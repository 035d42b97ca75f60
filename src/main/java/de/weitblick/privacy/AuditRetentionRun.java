package de.weitblick.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One run of the audit trail's retention.
 *
 * @param ranAt never null
 * @param cutOff the entries written before this day were due
 * @param partitions the monthly partitions dropped, never null
 * @param removed how many entries were removed
 * @param kept how many due entries were kept under a hold
 */
public record AuditRetentionRun(Instant ranAt, LocalDate cutOff, List<String> partitions, long removed, long kept) {

}
