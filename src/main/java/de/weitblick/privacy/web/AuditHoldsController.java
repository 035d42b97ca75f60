package de.weitblick.privacy.web;

import java.util.UUID;

import de.weitblick.privacy.AuditHolds;
import de.weitblick.privacy.AuditTrailRetention;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * The data protection officer's pages of the audit trail's retention: the holds for open
 * control procedures, placed and lifted here, and the retention rule with its runs.
 */
@Controller
class AuditHoldsController {

	private static final int RUNS_SHOWN = 20;

	private final AuditHolds holds;

	private final AuditTrailRetention retention;

	AuditHoldsController(AuditHolds holds, AuditTrailRetention retention) {
		this.holds = holds;
		this.retention = retention;
	}

	@GetMapping("/audit/holds")
	String holds(Authentication authentication, Model model) {
		return page(new AuditHoldForm(), authentication, model);
	}

	@PostMapping("/audit/holds")
	String place(@ModelAttribute("form") AuditHoldForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		if (form.getSubjectId() != null && !form.getSubjectId().isBlank() && form.subject() == null) {
			errors.rejectValue("subjectId", "privacy.audit.subject.invalid");
		}
		if (form.getEndsOn() != null && !form.getEndsOn().isBlank() && form.end() == null) {
			errors.rejectValue("endsOn", "privacy.audit.period.invalid");
		}
		if (!errors.hasErrors()) {
			try {
				this.holds.place(AuditTrailController.searcher(authentication), form.subject(), form.getUser(),
						form.getReason(), form.end());
				redirect.addFlashAttribute("messageKey", "privacy.hold.placed");
				return "redirect:/audit/holds";
			}
			catch (RuleViolation violation) {
				errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
			}
		}
		return page(form, authentication, model);
	}

	@PostMapping("/audit/holds/{id}/lift")
	String lift(@PathVariable UUID id, @RequestParam long version, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.holds.lift(AuditTrailController.searcher(authentication), id, version);
			redirect.addFlashAttribute("messageKey", "privacy.hold.lifted");
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("errorKey", "privacy.hold.stale");
		}
		return "redirect:/audit/holds";
	}

	@GetMapping("/audit/retention")
	String retention(Model model) {
		model.addAttribute("overview", this.retention.overview(RUNS_SHOWN));
		return "privacy/retention";
	}

	private String page(AuditHoldForm form, Authentication authentication, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("holds", this.holds.listAs(AuditTrailController.searcher(authentication)));
		model.addAttribute("today", this.holds.today());
		return "privacy/holds";
	}

}
