package de.weitblick.matching.web;

import java.util.UUID;

import de.weitblick.matching.MatchingRuns;
import de.weitblick.matching.TasterDayView;
import de.weitblick.matching.TasterDays;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The taster-day schedules ("Handwerk live") of the team: listed and started here, made
 * in the background, and each shown per pupil and per business with the gap to the bound.
 */
@Controller
class TasterDayController {

	private final TasterDays tasterDays;

	private final MatchingRuns runs;

	private final SignedInStaff signedIn;

	TasterDayController(TasterDays tasterDays, MatchingRuns runs, SignedInStaff signedIn) {
		this.tasterDays = tasterDays;
		this.runs = runs;
		this.signedIn = signedIn;
	}

	@GetMapping("/matching/taster-days")
	String schedules(Authentication authentication, Model model) {
		StaffMember viewer = this.signedIn.required(authentication);
		model.addAttribute("mayMatch", this.runs.mayMatch(viewer));
		model.addAttribute("schedules", this.tasterDays.schedules(viewer));
		return "matching/taster-days";
	}

	@PostMapping("/matching/taster-days")
	String start(Authentication authentication, RedirectAttributes redirect) {
		try {
			UUID id = this.tasterDays.start(this.signedIn.required(authentication));
			return "redirect:/matching/taster-days/" + id;
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errorKey", violation.messageKey());
			return "redirect:/matching/taster-days";
		}
	}

	@GetMapping("/matching/taster-days/{id}")
	String schedule(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Authentication authentication, Model model) {
		TasterDayView schedule = this.tasterDays.schedule(id, this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("matching.taster.not-found"));
		model.addAttribute("schedule", schedule);
		return (htmx != null) ? "matching/taster-day :: schedule" : "matching/taster-day";
	}

}
