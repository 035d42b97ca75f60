package de.weitblick.participant.merge;

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

	/**
	 * @return the values not chosen, field by field; never null
	 */
	public java.util.List<ReplacedValue> replaced() {
		if (this.replacedValues == null || this.replacedValues.isBlank()) {
			return java.util.List.of();
		}
		return this.replacedValues.lines()
			.map(line -> line.split("\t", 2))
			.filter(parts -> parts.length == 2)
			.map(parts -> new ReplacedValue(MergeField.valueOf(parts[0]), parts[1]))
			.toList();
	}

	/**
	 * A value that was not chosen when two records were merged.
	 *
	 * @param field never null
	 * @param value in German words, never null
	 */
	public record ReplacedValue(MergeField field, String value) {
	}

}
