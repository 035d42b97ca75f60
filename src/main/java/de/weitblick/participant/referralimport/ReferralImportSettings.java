package de.weitblick.participant.referralimport;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How referral lists are imported.
 *
 * @param chunkSize rows stored in one transaction together with the position reached; a
 * stop loses at most the chunk under way, which is imported again on resumption
 * @param chunksInFlight how many chunks of one import are stored at the same time, each
 * on a connection of its own; they commit in file order, so the position stays one number
 * @param maximumFileSize larger files are refused
 * @param parallelImports how many imports one instance runs at the same time
 * @param customerNumberPattern the form of a customer number after removing spaces and
 * upper-casing; § 51a SGB II prescribes none, the Federal Employment Agency usually
 * writes three digits, a letter and six digits (such as 123D456789)
 * @param resumeAfter an unfinished import that made no progress for this long is taken up
 * by any instance
 * @param keepReports how long an import's report, which names customer numbers, is kept
 * after the import finished
 * @param pauseRatio after each chunk an import pauses for this share of the time the
 * chunk took (0 for none, at most 4), so that the requests of the people working in the
 * application, served by the same processors, database and connection pool, get their
 * turn: at 0.5 an import that would keep a processor busy keeps it busy two thirds of the
 * time
 * @param chunkSizeWhileInUse while people are working in the application (a request of
 * theirs being served, or one ended less than {@code inUseFor} ago), an import stores
 * chunks of at most this many rows, one at a time, so that a page never waits behind more
 * than one short chunk
 * @param pauseRatioWhileInUse and pauses for this share of the time a chunk took: at 2 an
 * import keeps a processor busy a third of the time while people work, and at full speed
 * when nobody does
 * @param inUseFor how long after the last request the application counts as in use
 */
@ConfigurationProperties("weitblick.referral-import")
@Validated
public record ReferralImportSettings(@DefaultValue("5000") @Min(1) @Max(20000) int chunkSize,
		@DefaultValue("2") @Min(1) @Max(4) int chunksInFlight, @DefaultValue("50MB") @NotNull DataSize maximumFileSize,
		@DefaultValue("2") @Min(1) @Max(8) int parallelImports,
		@DefaultValue("[0-9A-Z]{6,20}") @NotBlank String customerNumberPattern,
		@DefaultValue("1m") @NotNull Duration resumeAfter, @DefaultValue("90d") @NotNull Duration keepReports,
		@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("4") double pauseRatio,
		@DefaultValue("1000") @Min(1) @Max(20000) int chunkSizeWhileInUse,
		@DefaultValue("2") @DecimalMin("0") @DecimalMax("10") double pauseRatioWhileInUse,
		@DefaultValue("1s") @NotNull Duration inUseFor) {

}
