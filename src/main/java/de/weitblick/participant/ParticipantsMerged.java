package de.weitblick.participant;

import java.time.Instant;

import de.weitblick.privacy.Actor;

/**
 * Two records of the same person became one. Other modules that hold the merged record's
 * identifier (enrolments, placements) move their references to the survivor when they
 * receive this event, within the merge's transaction, so that the merge and the moves are
 * stored together or not at all; the merged identifier keeps leading to the survivor in
 * the participant module.
 *
 * @param survivor the record that remains, never null
 * @param merged the record that was merged into it and no longer exists, never null
 * @param mergedAt never null
 * @param mergedBy who merged them, for the audit entries of those who follow; never null
 */
public record ParticipantsMerged(ParticipantId survivor, ParticipantId merged, Instant mergedAt, Actor mergedBy) {

}
