package de.weitblick.dialogue.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.dialogue.DialogueEdition;
import de.weitblick.dialogue.DialogueFormat;
import de.weitblick.dialogue.DialogueManagement;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dialogue's editions as JSON.
 */
@RestController
@RequestMapping("/api/v1/dialogue-editions")
@Tag(name = "Labour-market dialogue", description = "Editions of the labour-market dialogue (Arbeitsmarktdialog)")
class DialogueRestController {

	private final DialogueManagement dialogue;

	DialogueRestController(DialogueManagement dialogue) {
		this.dialogue = dialogue;
	}

	@GetMapping
	@Operation(summary = "All editions, the newest first")
	List<EditionResource> listDialogueEditions() {
		return this.dialogue.editions().stream().map(EditionResource::of).toList();
	}

	record EditionResource(UUID id, int number, String title, LocalDate heldOn, DialogueFormat format, String venue,
			String description) {

		static EditionResource of(DialogueEdition edition) {
			return new EditionResource(edition.id(), edition.number(), edition.title(), edition.heldOn(),
					edition.format(), edition.venue(), edition.description());
		}

	}

}
