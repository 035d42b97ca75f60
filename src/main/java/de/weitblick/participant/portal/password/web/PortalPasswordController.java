package de.weitblick.participant.portal.password.web;

import de.weitblick.organisation.PasswordChangeForm;
import de.weitblick.organisation.PasswordPolicy;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.portal.password.OwnPassword;
import de.weitblick.shared.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the person changes the own password in the own area.
 */
@Controller
class PortalPasswordController {

	private final OwnPassword password;

	private final OwnCases ownCases;

	PortalPasswordController(OwnPassword password, OwnCases ownCases) {
		this.password = password;
		this.ownCases = ownCases;
	}

	@GetMapping("/mein-bereich/passwort")
	String form(Authentication authentication, Model model) {
		this.ownCases.required(authentication);
		return page(new PasswordChangeForm(), model);
	}

	@PostMapping("/mein-bereich/passwort")
	String change(@ModelAttribute("form") PasswordChangeForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		OwnCase own = this.ownCases.required(authentication);
		try {
			this.password.change(own, form.getCurrentPassword(), form.getNewPassword(), form.getRepeatedPassword());
		}
		catch (RuleViolation violation) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
			return page(form, model);
		}
		redirect.addFlashAttribute("messageKey", "participant.portal.password.changed");
		return "redirect:/mein-bereich/passwort";
	}

	private String page(PasswordChangeForm form, Model model) {
		model.addAttribute("form", form.withoutPasswords());
		model.addAttribute("minimumPasswordLength", PasswordPolicy.MINIMUM_LENGTH);
		return "participant/portal/password";
	}

}
