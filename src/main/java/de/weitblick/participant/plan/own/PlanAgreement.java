package de.weitblick.participant.plan.own;

import java.time.Instant;

/**
 * The person's latest agreement to the plan (Zustimmung zum Plan).
 *
 * @param agreedAt when the person agreed, never null
 * @param planVersion the version of the plan agreed to, never null
 * @param current whether the plan still says what it said then; false when the team
 * changed it afterwards
 */
public record PlanAgreement(Instant agreedAt, String planVersion, boolean current) {

}
