package de.weitblick.participant;

import java.util.List;
import java.util.UUID;

import de.weitblick.privacy.Actor;

/**
 * Cases went to another counsellor or another team, such as when a counsellor moved to
 * another team. Published within the change's transaction: modules that keep who is
 * responsible for a person beside the person's identifier (enrolments) follow it there,
 * so that the change and theirs are stored together or not at all.
 *
 * @param participants the cases, never null nor empty
 * @param counsellorId who holds them now, never null
 * @param responsibleUnitId the team responsible for them now, never null
 * @param reassignedBy who made the change, for the audit entries of those who follow;
 * never null
 */
public record CasesReassigned(List<ParticipantId> participants, UUID counsellorId, UUID responsibleUnitId,
		Actor reassignedBy) {

}
