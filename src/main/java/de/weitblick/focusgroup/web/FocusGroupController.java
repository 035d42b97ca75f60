package de.weitblick.focusgroup.web;

import java.time.Clock;
import java.time.LocalDate;

import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Pages for the focus groups and the rules that decide who belongs to them.
 */
@Controller
class FocusGroupController {

	private final FocusGroupManagement focusGroups;

	private final Clock clock;

	FocusGroupController(FocusGroupManagement focusGroups, Clock clock) {
		this.focusGroups = focusGroups;
		this.clock = clock;
	}

	@GetMapping("/focus-groups")
	String focusGroups(Model model) {
		model.addAttribute("focusGroups", this.focusGroups.focusGroups());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("definition", this.focusGroups.migrationDefinition());
		return "focusgroup/list";
	}

	@GetMapping("/focus-groups/{code}")
	String focusGroup(@PathVariable String code, Model model) {
		var group = FocusGroupManagement.parse(code)
			.flatMap(this.focusGroups::focusGroup)
			.orElseThrow(() -> new NotFound("focusgroup.not-found"));
		model.addAttribute("focusGroup", group);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("definition", this.focusGroups.migrationDefinition());
		return "focusgroup/detail";
	}

}
