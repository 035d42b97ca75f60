package de.weitblick.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import de.weitblick.organisation.ApiTokens;
import de.weitblick.organisation.IssuedApiToken;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffAccountSummary;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration's page for the API tokens of machine clients: issue one for an
 * account (its secret is shown once, on the answer to the form), see when each was last
 * used, and revoke it.
 */
@Controller
class ApiTokenController {

	/** Times are stored in UTC and shown as people in the office read them. */
	private static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Berlin");

	/** The expiry date the form suggests: a quarter of a year. */
	private static final int SUGGESTED_VALIDITY_DAYS = 90;

	private final ApiTokens tokens;

	private final OrganisationManagement organisation;

	private final Clock clock;

	ApiTokenController(ApiTokens tokens, OrganisationManagement organisation, Clock clock) {
		this.tokens = tokens;
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping("/admin/api-tokens")
	String tokens(Model model) {
		ApiTokenForm form = new ApiTokenForm();
		form.setExpiresOn(LocalDate.now(this.clock.withZone(DISPLAY_ZONE)).plusDays(SUGGESTED_VALIDITY_DAYS));
		return page(form, model);
	}

	@PostMapping("/admin/api-tokens")
	String issue(@ModelAttribute("form") ApiTokenForm form, BindingResult errors, Authentication authentication,
			Model model) {
		if (!errors.hasErrors() && form.getAccountId() == null) {
			errors.rejectValue("accountId", "organisation.api-token.rule.account-required");
		}
		if (errors.hasErrors()) {
			return page(form, model);
		}
		try {
			IssuedApiToken issued = this.tokens.issue(form.getAccountId(), form.getName(), form.getExpiresOn(),
					form.getReason(), authentication.getName());
			// Shown on this answer only, never put into the session: the secret is
			// kept nowhere.
			model.addAttribute("issued", issued);
			model.addAttribute("zone", DISPLAY_ZONE);
			return "organisation/api-token-issued";
		}
		catch (RuleViolation violation) {
			if (violation.field() != null) {
				errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
			}
			else {
				errors.reject(violation.messageKey(), violation.arguments(), null);
			}
			return page(form, model);
		}
		catch (NotFound absent) {
			errors.rejectValue("accountId", absent.messageKey());
			return page(form, model);
		}
	}

	@PostMapping("/admin/api-tokens/{id}/revocation")
	String revoke(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.tokens.revoke(id, reason, authentication.getName());
			redirect.addFlashAttribute("apiTokenMessageKey", "organisation.api-token.revoked");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("apiTokenErrorKey", violation.messageKey());
			redirect.addFlashAttribute("apiTokenErrorArguments", violation.arguments());
		}
		return "redirect:/admin/api-tokens";
	}

	private String page(ApiTokenForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("tokens", this.tokens.all());
		model.addAttribute("accounts",
				this.organisation.accounts().stream().filter(StaffAccountSummary::enabled).toList());
		model.addAttribute("maximumNameLength", ApiTokens.MAXIMUM_NAME_LENGTH);
		model.addAttribute("maximumReasonLength", ApiTokens.MAXIMUM_REASON_LENGTH);
		model.addAttribute("maximumValidityDays", ApiTokens.MAXIMUM_VALIDITY_DAYS);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("zone", DISPLAY_ZONE);
		return "organisation/api-tokens";
	}

}
