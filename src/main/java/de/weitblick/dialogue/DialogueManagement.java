package de.weitblick.dialogue;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue module's facade.
 */
@Service
@Transactional(readOnly = true)
public class DialogueManagement {

	private final DialogueEditionRepository editions;

	DialogueManagement(DialogueEditionRepository editions) {
		this.editions = editions;
	}

	/**
	 * @return all editions, the newest first; never null
	 */
	public List<DialogueEdition> editions() {
		return this.editions.findAllByOrderByNumberDesc();
	}

}
