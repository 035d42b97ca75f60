package de.weitblick.participant.plan.own.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.participant.plan.PlanPage;
import de.weitblick.participant.plan.own.OwnPlan;
import de.weitblick.participant.plan.own.OwnPlans;
import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.web.PdfDocuments;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The own plan in the own area (Mein Bereich): goals and steps in plain words, the own
 * words next to each goal, own steps marked done, the agreement, and the printed plan.
 * After each action the page returns to the goal or section it was about and says there
 * what happened.
 */
@Controller
class OwnPlanController {

	private static final String PAGE = "redirect:/mein-bereich/plan";

	private final OwnPlans plans;

	private final OwnCases ownCases;

	private final PdfDocuments pdf;

	OwnPlanController(OwnPlans plans, OwnCases ownCases, PdfDocuments pdf) {
		this.plans = plans;
		this.ownCases = ownCases;
		this.pdf = pdf;
	}

	@GetMapping("/mein-bereich/plan")
	String page(Authentication authentication, Model model) {
		model.addAttribute("plan", this.plans.read(this.ownCases.required(authentication)));
		model.addAttribute("ownWordsMaximum", OwnPlan.OWN_WORDS_MAXIMUM);
		return "participant/portal/plan";
	}

	@PostMapping("/mein-bereich/plan/ziele/{goalId}/worte")
	String ownWords(@PathVariable UUID goalId, @RequestParam int version,
			@RequestParam(required = false) String ownWords, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.plans.changeOwnWords(this.ownCases.required(authentication), goalId, version, ownWords);
			redirect.addFlashAttribute("messageKey", "participant.portal.plan.own-words-saved");
			redirect.addFlashAttribute("messageGoal", goalId);
		}
		catch (RuleViolation violation) {
			refused(redirect, violation.messageKey(), violation.arguments(), "own-words-" + goalId);
			// The words stay in the field, so nothing the person wrote is lost.
			redirect.addFlashAttribute("draftGoal", goalId);
			redirect.addFlashAttribute("draftWords", ownWords);
		}
		catch (OptimisticLockingFailureException stale) {
			refused(redirect, "participant.portal.plan.changed-in-the-meantime", new Object[0], "own-words-" + goalId);
			redirect.addFlashAttribute("draftGoal", goalId);
			redirect.addFlashAttribute("draftWords", ownWords);
		}
		return PAGE + "#goal-" + goalId;
	}

	@PostMapping("/mein-bereich/plan/schritte/{stepId}/erledigt")
	String stepDone(@PathVariable UUID stepId, @RequestParam int version, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.plans.markStepDone(this.ownCases.required(authentication), stepId, version);
			redirect.addFlashAttribute("messageKey", "participant.portal.plan.step-marked-done");
		}
		catch (RuleViolation violation) {
			refused(redirect, violation.messageKey(), violation.arguments(), null);
		}
		catch (OptimisticLockingFailureException stale) {
			refused(redirect, "participant.portal.plan.changed-in-the-meantime", new Object[0], null);
		}
		return PAGE;
	}

	@PostMapping("/mein-bereich/plan/zustimmung")
	String agree(@RequestParam(required = false) String planVersion, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.plans.agree(this.ownCases.required(authentication), planVersion);
			redirect.addFlashAttribute("messageKey", "participant.portal.plan.agreed");
		}
		catch (RuleViolation violation) {
			refused(redirect, violation.messageKey(), violation.arguments(), null);
		}
		catch (OptimisticLockingFailureException stale) {
			refused(redirect, "participant.portal.plan.plan-changed-in-the-meantime", new Object[0], null);
		}
		return PAGE + "#agreement";
	}

	@GetMapping(path = "/mein-bereich/plan.pdf", produces = "application/pdf")
	@ResponseBody
	ResponseEntity<byte[]> printed(Authentication authentication, Locale locale) {
		PlanPage page = this.plans.printable(this.ownCases.required(authentication));
		byte[] document = this.pdf.render("participant/plan-pdf", Map.of("p", page.participant(), "plan", page.plan(),
				"counsellor", page.counsellor(), "today", page.today()), locale);
		// No personal data in the file name: it may end up in a download folder or a
		// mail.
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mein-plan.pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(document);
	}

	private static void refused(RedirectAttributes redirect, String messageKey, Object[] arguments, String fieldId) {
		redirect.addFlashAttribute("errorKey", messageKey);
		redirect.addFlashAttribute("errorArguments", arguments);
		redirect.addFlashAttribute("errorField", fieldId);
	}

}
