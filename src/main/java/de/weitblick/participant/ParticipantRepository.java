package de.weitblick.participant;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface ParticipantRepository extends ListCrudRepository<Participant, UUID> {

}
