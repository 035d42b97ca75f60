package de.weitblick.award.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import de.weitblick.award.AwardPages;
import de.weitblick.award.AwardRoundId;
import de.weitblick.award.Nominations;
import de.weitblick.dialogue.PublicAddresses;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The award in public, without signing in: the showcase of all winners by year, and the
 * nomination of an employer by a member of the public with a confirmed e-mail address
 * (confirmed through the dialogue's public participation).
 */
@Controller
class PublicAwardController {

	static final String NOMINATE = "/public/awards/nominate";

	private final AwardPages pages;

	private final Nominations nominations;

	private final PublicAddresses addresses;

	private final MessageSource messages;

	PublicAwardController(AwardPages pages, Nominations nominations, PublicAddresses addresses,
			MessageSource messages) {
		this.pages = pages;
		this.nominations = nominations;
		this.addresses = addresses;
		this.messages = messages;
	}

	@GetMapping("/public/awards")
	String showcase(Model model) {
		model.addAttribute("years", this.pages.showcase());
		model.addAttribute("open", !this.nominations.openRounds().isEmpty());
		return "award/showcase";
	}

	@GetMapping(NOMINATE)
	String form(HttpSession session, Model model) {
		model.addAttribute("address", this.addresses.confirmedAddress(session).orElse(null));
		model.addAttribute("rounds", this.nominations.openRounds());
		return "award/public-nomination";
	}

	@PostMapping("/public/awards/address")
	String requestConfirmation(@RequestParam(required = false) String email,
			@RequestParam(required = false) String website, RedirectAttributes redirect) {
		if (website != null && !website.isEmpty()) {
			redirect.addFlashAttribute("addressError", text("dialogue.rule.spam", null));
			return "redirect:" + NOMINATE;
		}
		try {
			this.addresses.requestConfirmation(email, NOMINATE);
			redirect.addFlashAttribute("doneKey", "award.public.address-sent");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("addressError", text(violation.messageKey(), violation.arguments()));
			redirect.addFlashAttribute("email", email);
		}
		return "redirect:" + NOMINATE;
	}

	@PostMapping("/public/awards/nominations")
	String nominate(@RequestParam(required = false) UUID roundId, @RequestParam(required = false) String employerName,
			@RequestParam(required = false) String reasons, @RequestParam(required = false) String website,
			HttpSession session, Model model, RedirectAttributes redirect) {
		Optional<String> address = this.addresses.confirmedAddress(session);
		if (address.isEmpty()) {
			return "redirect:" + NOMINATE;
		}
		try {
			if (website != null && !website.isEmpty()) {
				throw new RuleViolation(null, "dialogue.rule.spam");
			}
			if (roundId == null) {
				throw new RuleViolation("roundId", "award.rule.round-missing");
			}
			this.nominations.nominatePublicly(new AwardRoundId(roundId), employerName, reasons, address.get());
			redirect.addFlashAttribute("doneKey", "award.public.nomination-received");
			return "redirect:" + NOMINATE;
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", text(violation.messageKey(), violation.arguments()));
			model.addAttribute("errorField", (violation.field() != null) ? violation.field() : "employerName");
			model.addAttribute("roundId", roundId);
			model.addAttribute("employerName", employerName);
			model.addAttribute("reasons", reasons);
			return form(session, model);
		}
	}

	private String text(String key, Object[] arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
