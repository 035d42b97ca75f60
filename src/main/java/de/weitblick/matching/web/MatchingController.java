package de.weitblick.matching.web;

import java.util.UUID;

import de.weitblick.matching.Decision;
import de.weitblick.matching.MatchingRunId;
import de.weitblick.matching.MatchingRunView;
import de.weitblick.matching.MatchingRuns;
import de.weitblick.matching.ProposalDecisions;
import de.weitblick.matching.RunScope;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counsellor's matching pages: the team's runs with the start button, and a run with
 * its progress and then its proposals to accept, reject or lock.
 */
@Controller
class MatchingController {

	private final MatchingRuns runs;

	private final ProposalDecisions decisions;

	private final SignedInStaff signedIn;

	private final MessageSource messages;

	MatchingController(MatchingRuns runs, ProposalDecisions decisions, SignedInStaff signedIn, MessageSource messages) {
		this.runs = runs;
		this.decisions = decisions;
		this.signedIn = signedIn;
		this.messages = messages;
	}

	@GetMapping("/matching")
	String runs(Authentication authentication, Model model) {
		StaffMember viewer = this.signedIn.required(authentication);
		model.addAttribute("runs", this.runs.runs(viewer));
		model.addAttribute("mayMatch", this.runs.mayMatch(viewer));
		model.addAttribute("scopes", RunScope.values());
		return "matching/runs";
	}

	@PostMapping("/matching/runs")
	String start(@RequestParam(defaultValue = "TEAM") RunScope scope, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			MatchingRunId id = this.runs.start(this.signedIn.required(authentication), scope);
			return "redirect:/matching/runs/" + id.id();
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errorKey", violation.messageKey());
			return "redirect:/matching";
		}
	}

	@GetMapping("/matching/runs/{id}")
	String run(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Authentication authentication, Model model) {
		MatchingRunView run = this.runs.run(new MatchingRunId(id), this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("matching.run-not-found"));
		model.addAttribute("run", run);
		model.addAttribute("quotaTexts", run.quotas()
			.entrySet()
			.stream()
			.map(quota -> this.messages.getMessage("matching.run.quota",
					new Object[] { this.messages.getMessage(quota.getKey().messageKey(), null,
							LocaleContextHolder.getLocale()), quota.getValue() },
					LocaleContextHolder.getLocale()))
			.toList());
		return (htmx != null) ? "matching/run :: result" : "matching/run";
	}

	@PostMapping("/matching/runs/{runId}/proposals/{id}")
	String decide(@PathVariable UUID runId, @PathVariable UUID id, @RequestParam int version,
			@RequestParam Decision decision, Authentication authentication, RedirectAttributes redirect) {
		try {
			this.decisions.decide(id, version, decision, this.signedIn.required(authentication));
			redirect.addFlashAttribute("messageKey", "matching.decided." + decision.name());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errorKey", violation.messageKey());
			redirect.addFlashAttribute("errorArguments", violation.arguments());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("errorKey", "matching.stale");
			redirect.addFlashAttribute("errorArguments", new Object[0]);
		}
		return "redirect:/matching/runs/" + runId + "#proposal-" + id;
	}

}
