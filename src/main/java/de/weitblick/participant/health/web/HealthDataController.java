package de.weitblick.participant.health.web;

import java.util.Set;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.health.HealthData;
import de.weitblick.participant.health.HealthRestriction;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Health restrictions on the case file page: recorded and consented to only by staff with
 * the permission of their own.
 */
@Controller
class HealthDataController {

	private final HealthData health;

	private final Viewers viewers;

	HealthDataController(HealthData health, Viewers viewers) {
		this.health = health;
		this.viewers = viewers;
	}

	@PostMapping("/participants/{id}/health")
	String record(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) Set<HealthRestriction> restrictions,
			@RequestParam(required = false) String maximumHoursPerDay, @RequestParam(required = false) String note,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			this.health.record(new ParticipantId(id), version, restrictions, hours(maximumHoursPerDay), note,
					this.viewers.of(authentication));
			redirect.addFlashAttribute("messageKey", "participant.health.recorded");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("healthErrorKey", violation.messageKey());
			redirect.addFlashAttribute("healthErrorArguments", violation.arguments());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("healthErrorKey", "participant.health.changed-in-the-meantime");
			redirect.addFlashAttribute("healthErrorArguments", new Object[0]);
		}
		return "redirect:/participants/" + id + "#health";
	}

	@PostMapping("/participants/{id}/consent/health-data")
	String consent(@PathVariable UUID id, @RequestParam boolean consent, Authentication authentication,
			RedirectAttributes redirect) {
		this.health.setConsent(new ParticipantId(id), consent, this.viewers.of(authentication));
		redirect.addFlashAttribute("messageKey",
				consent ? "participant.health.consent.given" : "participant.health.consent.withdrawn");
		return "redirect:/participants/" + id + "#health";
	}

	/**
	 * The hours as typed; something that is no number is refused by the module's rule.
	 */
	private static Integer hours(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
