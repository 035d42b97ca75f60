package de.weitblick.participant;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A time on a weekday when the person can take part or work, for example while the
 * children are at school or in day care.
 *
 * @param dayOfWeek never null
 * @param fromTime never null
 * @param untilTime after fromTime, never null
 */
@Table("participant_availability")
public record AvailabilityWindow(DayOfWeek dayOfWeek, LocalTime fromTime, LocalTime untilTime) {

}
