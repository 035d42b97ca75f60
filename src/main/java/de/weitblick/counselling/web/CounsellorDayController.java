package de.weitblick.counselling.web;

import java.time.Clock;
import java.time.LocalDate;

import de.weitblick.counselling.CounsellorDays;
import de.weitblick.organisation.SignedInStaff;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The counsellor's start page for the day.
 */
@Controller
class CounsellorDayController {

	private final CounsellorDays days;

	private final SignedInStaff signedIn;

	private final Clock clock;

	CounsellorDayController(CounsellorDays days, SignedInStaff signedIn, Clock clock) {
		this.days = days;
		this.signedIn = signedIn;
		this.clock = clock;
	}

	@GetMapping("/counselling/today")
	String today(Authentication authentication, Model model) {
		model.addAttribute("day", this.days.of(this.signedIn.required(authentication), LocalDate.now(this.clock)));
		return "counselling/today";
	}

}
