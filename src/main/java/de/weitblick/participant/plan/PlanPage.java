package de.weitblick.participant.plan;

import java.time.LocalDate;

import de.weitblick.participant.Participant;

/**
 * The printed support plan the participant takes home, as one viewer may read it.
 *
 * @param participant the person the plan belongs to, never null
 * @param plan the goals and steps, never null
 * @param counsellor the name of the viewer who prints it, never null
 * @param today the day it was printed, never null
 */
public record PlanPage(Participant participant, SupportPlan plan, String counsellor, LocalDate today) {

}
