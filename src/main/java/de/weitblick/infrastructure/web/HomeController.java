package de.weitblick.infrastructure.web;

import de.weitblick.organisation.Role;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what Weitblick is for the public, the person's areas once signed in.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Authentication authentication) {
		// A counsellor's day starts with what today and this week ask of the caseload.
		if (authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> Role.COUNSELLOR.authority().equals(authority.getAuthority()))) {
			return "redirect:/counselling/today";
		}
		// A participant's account reaches only the own area.
		if (authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> Role.PARTICIPANT.authority().equals(authority.getAuthority()))) {
			return "redirect:/mein-bereich";
		}
		return "home";
	}

}
