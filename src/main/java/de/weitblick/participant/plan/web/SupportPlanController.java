package de.weitblick.participant.plan.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.plan.GoalStatus;
import de.weitblick.participant.plan.PlanPage;
import de.weitblick.participant.plan.PlanPages;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.StepStatus;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.participant.web.PdfDocuments;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.RuleViolation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The support plan (Förderplan) on the case file: goals, steps, their state, and the
 * printed plan the participant takes home.
 */
@Controller
class SupportPlanController {

	private final SupportPlans plans;

	private final PlanPages pages;

	private final Viewers viewers;

	private final PdfDocuments pdf;

	SupportPlanController(SupportPlans plans, PlanPages pages, Viewers viewers, PdfDocuments pdf) {
		this.plans = plans;
		this.pages = pages;
		this.viewers = viewers;
		this.pdf = pdf;
	}

	@PostMapping("/participants/{id}/plan/goals")
	String addGoal(@PathVariable UUID id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String counsellorView,
			@RequestParam(required = false) String participantWords, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.plans.addGoal(new ParticipantId(id), title, counsellorView, participantWords,
					this.viewers.of(authentication));
			redirect.addFlashAttribute("messageKey", "participant.plan.goal-added");
		}
		catch (RuleViolation violation) {
			refused(redirect, violation);
			redirect.addFlashAttribute("goalDraft",
					Map.of("title", (title != null) ? title : "", "counsellorView",
							(counsellorView != null) ? counsellorView : "", "participantWords",
							(participantWords != null) ? participantWords : ""));
		}
		return "redirect:/participants/" + id + "#plan";
	}

	@PostMapping("/participants/{id}/plan/goals/{goalId}/steps")
	String addStep(@PathVariable UUID id, @PathVariable UUID goalId, @RequestParam(required = false) String description,
			@RequestParam(required = false) StepResponsibility responsible,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			this.plans.addStep(new ParticipantId(id), goalId, description, responsible, dueOn,
					this.viewers.of(authentication));
			redirect.addFlashAttribute("messageKey", "participant.plan.step-added");
		}
		catch (RuleViolation violation) {
			refused(redirect, violation);
		}
		return "redirect:/participants/" + id + "#goal-" + goalId;
	}

	@PostMapping("/participants/{id}/plan/steps/{stepId}/status")
	String stepStatus(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam StepStatus status,
			Authentication authentication) {
		this.plans.setStepStatus(new ParticipantId(id), stepId, status, this.viewers.of(authentication));
		return "redirect:/participants/" + id + "#plan";
	}

	@PostMapping("/participants/{id}/plan/goals/{goalId}/status")
	String goalStatus(@PathVariable UUID id, @PathVariable UUID goalId, @RequestParam GoalStatus status,
			Authentication authentication) {
		this.plans.setGoalStatus(new ParticipantId(id), goalId, status, this.viewers.of(authentication));
		return "redirect:/participants/" + id + "#goal-" + goalId;
	}

	@GetMapping(path = "/participants/{id}/plan.pdf", produces = "application/pdf")
	@ResponseBody
	ResponseEntity<byte[]> printed(@PathVariable UUID id, Authentication authentication, Locale locale) {
		PlanPage page = this.pages.of(new ParticipantId(id), this.viewers.of(authentication));
		byte[] document = this.pdf.render("participant/plan-pdf", Map.of("p", page.participant(), "plan", page.plan(),
				"counsellor", page.counsellor(), "today", page.today()), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("foerderplan-" + id + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(document);
	}

	private static void refused(RedirectAttributes redirect, RuleViolation violation) {
		redirect.addFlashAttribute("planErrorKey", violation.messageKey());
	}

}
