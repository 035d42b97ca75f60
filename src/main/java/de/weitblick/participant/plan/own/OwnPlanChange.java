package de.weitblick.participant.plan.own;

import java.time.Instant;
import java.util.UUID;

/**
 * One change the person made in the own plan, as the team sees it.
 *
 * @param id never null
 * @param kind never null
 * @param about the goal's title or the step's description it was about; null for an
 * agreement, or when the team has removed the goal or step since
 * @param happenedAt never null
 * @param seen whether somebody of the team has marked it seen
 */
public record OwnPlanChange(UUID id, OwnChangeKind kind, String about, Instant happenedAt, boolean seen) {

}
