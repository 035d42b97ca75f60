package de.weitblick.matching.web;

import de.weitblick.matching.MatchingRuns;
import de.weitblick.matching.TasterDays;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The taster-day schedule ("Handwerk live") of the team: started here, made in the
 * background, shown per pupil and per business with the gap to the bound.
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
	String schedule(@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
			Model model) {
		StaffMember viewer = this.signedIn.required(authentication);
		model.addAttribute("mayMatch", this.runs.mayMatch(viewer));
		model.addAttribute("schedule", this.tasterDays.latest(viewer).orElse(null));
		return (htmx != null) ? "matching/taster-days :: schedule" : "matching/taster-days";
	}

	@PostMapping("/matching/taster-days")
	String start(Authentication authentication, RedirectAttributes redirect) {
		try {
			this.tasterDays.start(this.signedIn.required(authentication));
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errorKey", violation.messageKey());
		}
		return "redirect:/matching/taster-days";
	}

}
