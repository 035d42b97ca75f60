package de.weitblick.dialogue.web;

import de.weitblick.dialogue.DialogueManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page of the dialogue's editions.
 */
@Controller
class DialogueController {

	private final DialogueManagement dialogue;

	DialogueController(DialogueManagement dialogue) {
		this.dialogue = dialogue;
	}

	@GetMapping("/dialogue/editions")
	String editions(Model model) {
		model.addAttribute("editions", this.dialogue.editions());
		return "dialogue/editions";
	}

}
