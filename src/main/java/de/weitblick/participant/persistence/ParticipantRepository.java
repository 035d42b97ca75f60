package de.weitblick.participant.persistence;

import java.util.UUID;

import de.weitblick.participant.Participant;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores the participants. Public only because the module's sub-packages (the case file's
 * guard, the merge, the data protection) load and save participants too; it lives outside
 * the module's base package, so no other module can reach it.
 */
public interface ParticipantRepository extends ListCrudRepository<Participant, UUID> {

}
