package de.weitblick.participant.portal.notes.web;

import java.util.List;

import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.portal.notes.OwnNotes;
import de.weitblick.participant.portal.notes.SharedNote;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The notes the team shared with the person, in the own area, as a page and in the API.
 */
@Controller
@Tag(name = "Own area")
class OwnNotesController {

	private final OwnNotes notes;

	private final OwnCases ownCases;

	OwnNotesController(OwnNotes notes, OwnCases ownCases) {
		this.notes = notes;
		this.ownCases = ownCases;
	}

	@GetMapping("/mein-bereich/notizen")
	String page(Authentication authentication, Model model) {
		model.addAttribute("notes", this.notes.list(this.ownCases.required(authentication)));
		return "participant/portal/notes";
	}

	@GetMapping("/api/v1/me/notes")
	@ResponseBody
	@Operation(operationId = "listOwnNotes",
			summary = "The notes the team shared with the person, the newest first; never the team's own notes")
	@ApiResponse(responseCode = "200", description = "The shared notes with the day written and the author's role")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	List<SharedNote> list(Authentication authentication) {
		return this.notes.list(this.ownCases.required(authentication));
	}

}
