package de.weitblick.participant.portal.web;

import de.weitblick.organisation.PasswordPolicy;
import de.weitblick.participant.portal.ParticipantPortal;
import de.weitblick.participant.portal.PortalInvitations;
import de.weitblick.shared.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The participant's own area (Mein Bereich): its start page, and redeeming an invitation,
 * which is open without signing in.
 */
@Controller
class PortalController {

	private final ParticipantPortal portal;

	private final PortalInvitations invitations;

	PortalController(ParticipantPortal portal, PortalInvitations invitations) {
		this.portal = portal;
		this.invitations = invitations;
	}

	@GetMapping("/mein-bereich")
	String start(Authentication authentication, Model model) {
		model.addAttribute("page", this.portal.start(authentication));
		return "participant/portal/start";
	}

	@GetMapping("/mein-bereich/zugang")
	String redeemForm(@RequestParam(required = false) String code, Model model) {
		RedeemForm form = new RedeemForm();
		form.setCode(code);
		return redeemPage(form, model);
	}

	@PostMapping("/mein-bereich/zugang")
	String redeem(@ModelAttribute("form") RedeemForm form, BindingResult errors, Model model) {
		try {
			this.invitations.redeem(form.getCode(), form.getUsername(), form.getPassword(), form.getRepeated());
		}
		catch (RuleViolation violation) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
			return redeemPage(form, model);
		}
		return "redirect:/mein-bereich/zugang/fertig";
	}

	@GetMapping("/mein-bereich/zugang/fertig")
	String redeemed() {
		return "participant/portal/redeemed";
	}

	private String redeemPage(RedeemForm form, Model model) {
		// Passwords are never sent back to the browser.
		form.setPassword(null);
		form.setRepeated(null);
		model.addAttribute("form", form);
		model.addAttribute("minimumPasswordLength", PasswordPolicy.MINIMUM_LENGTH);
		return "participant/portal/redeem";
	}

}
