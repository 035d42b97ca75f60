package de.weitblick.matching.web;

import java.util.Map;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.matching.MatchingRuns;
import de.weitblick.matching.MatchingSettings;
import de.weitblick.matching.RunScope;
import de.weitblick.matching.RunSettings;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The side constraints of the team's matching runs, per scope: minimum shares of places
 * per focus group and "keep what was already agreed". Locks and exclusions are set on the
 * proposals of a run.
 */
@Controller
class MatchingSettingsController {

	private final MatchingSettings settings;

	private final MatchingRuns runs;

	private final SignedInStaff signedIn;

	MatchingSettingsController(MatchingSettings settings, MatchingRuns runs, SignedInStaff signedIn) {
		this.settings = settings;
		this.runs = runs;
		this.signedIn = signedIn;
	}

	@GetMapping("/matching/settings")
	String settings(@RequestParam(defaultValue = "TEAM") RunScope scope, Authentication authentication, Model model) {
		StaffMember viewer = this.signedIn.required(authentication);
		RunSettings current = this.runs.mayMatch(viewer) ? this.settings.of(viewer, scope)
				: new RunSettings(scope, 0, true, Map.of());
		return page(SettingsForm.of(current), viewer, model);
	}

	@PostMapping("/matching/settings")
	String change(@ModelAttribute("form") SettingsForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		if (errors.hasErrors()) {
			return page(form, viewer, model);
		}
		try {
			this.settings.change(viewer, form.getScope(), form.getVersion(), form.isKeepEarlier(), form.givenQuotas());
			redirect.addFlashAttribute("messageKey", "matching.settings.saved");
			return "redirect:/matching/settings?scope=" + form.getScope().name();
		}
		catch (RuleViolation violation) {
			if (violation.field() != null) {
				errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
			}
			else {
				errors.reject(violation.messageKey(), violation.arguments(), null);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("matching.settings.stale");
		}
		return page(form, viewer, model);
	}

	private String page(SettingsForm form, StaffMember viewer, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("scopes", RunScope.values());
		model.addAttribute("focusGroups", FocusGroupCode.values());
		model.addAttribute("mayMatch", this.runs.mayMatch(viewer));
		return "matching/settings";
	}

}
