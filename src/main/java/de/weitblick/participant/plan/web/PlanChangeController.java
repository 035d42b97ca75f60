package de.weitblick.participant.plan.web;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.plan.PlanRemovals;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.SupportPlans;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing and removing steps and removing goals on the case file, each based on the
 * version shown: what happened is said in the plan's section, where the person is
 * looking.
 */
@Controller
class PlanChangeController {

	private static final String STALE = "participant.plan.changed-in-the-meantime";

	private final SupportPlans plans;

	private final PlanRemovals removals;

	private final Viewers viewers;

	PlanChangeController(SupportPlans plans, PlanRemovals removals, Viewers viewers) {
		this.plans = plans;
		this.removals = removals;
		this.viewers = viewers;
	}

	@PostMapping("/participants/{id}/plan/steps/{stepId}")
	String changeStep(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam int version,
			@RequestParam(required = false) String description,
			@RequestParam(required = false) StepResponsibility responsible,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			this.plans.changeStep(new ParticipantId(id), stepId, version, description, responsible, dueOn,
					this.viewers.of(authentication));
			redirect.addFlashAttribute("planMessageKey", "participant.plan.step-changed");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("planErrorKey", violation.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("planErrorKey", STALE);
		}
		return "redirect:/participants/" + id + "#plan";
	}

	@PostMapping("/participants/{id}/plan/goals/{goalId}")
	String changeGoal(@PathVariable UUID id, @PathVariable UUID goalId, @RequestParam int version,
			@RequestParam(required = false) String title, @RequestParam(required = false) String counsellorView,
			@RequestParam(required = false) String participantWords, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.plans.changeGoal(new ParticipantId(id), goalId, version, title, counsellorView, participantWords,
					this.viewers.of(authentication));
			redirect.addFlashAttribute("planMessageKey", "participant.plan.goal-changed");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("planErrorKey", violation.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("planErrorKey", STALE);
		}
		return "redirect:/participants/" + id + "#plan";
	}

	@PostMapping("/participants/{id}/plan/steps/{stepId}/removal")
	String removeStep(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam int version,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			this.removals.removeStep(new ParticipantId(id), stepId, version, this.viewers.of(authentication));
			redirect.addFlashAttribute("planMessageKey", "participant.plan.step-removed");
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("planErrorKey", STALE);
		}
		return "redirect:/participants/" + id + "#plan";
	}

	@PostMapping("/participants/{id}/plan/goals/{goalId}/removal")
	String removeGoal(@PathVariable UUID id, @PathVariable UUID goalId, @RequestParam int version,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			this.removals.removeGoal(new ParticipantId(id), goalId, version, this.viewers.of(authentication));
			redirect.addFlashAttribute("planMessageKey", "participant.plan.goal-removed");
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("planErrorKey", STALE);
		}
		return "redirect:/participants/" + id + "#plan";
	}

}
