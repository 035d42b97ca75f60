package de.weitblick.participant;

import java.time.Instant;

/**
 * Two records of the same person became one. Other modules that hold the merged record's
 * identifier (enrolments, placements) move their references to the survivor when they
 * receive this event; the merged identifier keeps leading to the survivor in the
 * participant module.
 *
 * @param survivor the record that remains, never null
 * @param merged the record that was merged into it and no longer exists, never null
 * @param mergedAt never null
 */
public record ParticipantsMerged(ParticipantId survivor, ParticipantId merged, Instant mergedAt) {

}
