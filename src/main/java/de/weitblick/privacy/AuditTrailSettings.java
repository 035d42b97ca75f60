package de.weitblick.privacy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the audit trail keeps its entries, and how far ahead its monthly partitions
 * are created. An entry is kept for the year it was written in and this many full years
 * after; it is deleted at the end of the last (§ 76 Abs. 4 BDSG: one year). Entries under
 * a hold stay until the hold ends.
 *
 * @param keptYears full years after the year of writing, 0 to 30
 * @param monthsAhead the coming months that have their partitions ready, 1 to 24
 */
@ConfigurationProperties("weitblick.audit-trail")
@Validated
public record AuditTrailSettings(@DefaultValue("1") @Min(0) @Max(30) int keptYears,
		@DefaultValue("3") @Min(1) @Max(24) int monthsAhead) {

}
