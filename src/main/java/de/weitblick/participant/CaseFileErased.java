package de.weitblick.participant;

import java.time.LocalDate;

/**
 * A case file was erased at the end of its retention period. Modules that hold data about
 * the person (enrolments, attendance, outcomes) erase it when they receive this event,
 * within the erasure's transaction: the case file and everything about the person go
 * together or not at all.
 *
 * @param participant the erased record, never null
 * @param cutOff the case was closed before this day, never null
 */
public record CaseFileErased(ParticipantId participant, LocalDate cutOff) {

}
