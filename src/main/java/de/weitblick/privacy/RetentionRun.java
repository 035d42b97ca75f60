package de.weitblick.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the retention job.
 *
 * @param ranAt never null
 * @param subjectType what kind of records, never null
 * @param erased how many records were erased
 * @param cutOff records closed before this day were due
 */
public record RetentionRun(Instant ranAt, String subjectType, int erased, LocalDate cutOff) {

}
