package de.weitblick.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A record of the same person that was merged into this one.
 *
 * @param mergedId the identifier the merged record had; it now leads here; never null
 * @param mergedAt never null
 * @param mergedBy the name of who merged, never null
 * @param mergedRegisteredOn when the merged record had been registered, never null
 * @param replacedValues the values that were not chosen, one "field: value" per line; may
 * be null when the records did not differ
 */
public record MergeRecord(UUID mergedId, Instant mergedAt, String mergedBy, LocalDate mergedRegisteredOn,
		String replacedValues) {

}
