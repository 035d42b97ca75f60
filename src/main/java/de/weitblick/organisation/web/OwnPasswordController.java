package de.weitblick.organisation.web;

import de.weitblick.organisation.PasswordChangeForm;
import de.weitblick.organisation.PasswordPolicy;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffAccounts;
import de.weitblick.shared.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Where everybody with a local account changes the own password, and where an account
 * with an initial password is sent until it has been changed.
 */
@Controller
class OwnPasswordController {

	private final StaffAccounts accounts;

	private final SignedInStaff signedIn;

	OwnPasswordController(StaffAccounts accounts, SignedInStaff signedIn) {
		this.accounts = accounts;
		this.signedIn = signedIn;
	}

	@GetMapping("/account/password")
	String form(Authentication authentication, Model model) {
		return page(new PasswordChangeForm(), authentication, model);
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordChangeForm form, BindingResult errors, Authentication authentication,
			Model model) {
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getRepeatedPassword())) {
			errors.rejectValue("repeatedPassword", "organisation.password.rule.repeat-differs");
			return page(form, authentication, model);
		}
		try {
			this.accounts.changeOwnPassword(authentication.getName(), form.getCurrentPassword(), form.getNewPassword());
		}
		catch (RuleViolation violation) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
			return page(form, authentication, model);
		}
		return "redirect:/";
	}

	private String page(PasswordChangeForm form, Authentication authentication, Model model) {
		model.addAttribute("form", form.withoutPasswords());
		model.addAttribute("required", this.signedIn.mustChangePassword(authentication));
		model.addAttribute("minimumPasswordLength", PasswordPolicy.MINIMUM_LENGTH);
		return "organisation/password";
	}

}
