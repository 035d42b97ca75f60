package de.weitblick.dialogue;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DialogueEditionRepository extends ListCrudRepository<DialogueEdition, UUID> {

	List<DialogueEdition> findAllByOrderByNumberDesc();

}
