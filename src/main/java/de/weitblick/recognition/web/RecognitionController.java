package de.weitblick.recognition.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.employer.OfferId;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.recognition.RecognitionCaseId;
import de.weitblick.recognition.RecognitionManagement;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Recognition cases of the viewer's unit, opening a case from the notice, a case's page
 * with the plan of internship modules, their progress and the outcome, and the figures.
 */
@Controller
class RecognitionController {

	private final RecognitionManagement recognitions;

	private final SignedInStaff signedIn;

	private final Clock clock;

	RecognitionController(RecognitionManagement recognitions, SignedInStaff signedIn, Clock clock) {
		this.recognitions = recognitions;
		this.signedIn = signedIn;
		this.clock = clock;
	}

	@GetMapping("/recognitions")
	String list(Authentication authentication, Model model) {
		model.addAttribute("cases", this.recognitions.cases(this.signedIn.required(authentication)));
		return "recognition/list";
	}

	@GetMapping("/recognitions/new")
	String newCase(@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			Authentication authentication, Model model) {
		model.addAttribute("form", new RecognitionForm());
		return form(name, birthDate, this.signedIn.required(authentication), model);
	}

	@PostMapping("/recognitions")
	String open(@ModelAttribute("form") RecognitionForm form, BindingResult errors,
			@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		if (!errors.hasErrors()) {
			try {
				RecognitionCaseId id = this.recognitions.open(form.toDraft(), viewer);
				redirect.addFlashAttribute("messageKey", "recognition.opened");
				return "redirect:/recognitions/" + id.id();
			}
			catch (RuleViolation violation) {
				if (violation.field() != null && errors.getFieldType(violation.field()) != null) {
					errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
				}
				else {
					errors.reject(violation.messageKey(), violation.arguments(), null);
				}
			}
		}
		return form(name, birthDate, viewer, model);
	}

	@GetMapping("/recognitions/{id}")
	String detail(@PathVariable UUID id, Authentication authentication, Model model) {
		return detail(id, this.signedIn.required(authentication), model);
	}

	@PostMapping("/recognitions/{id}/modules")
	String planModule(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) UUID gapId,
			@RequestParam(required = false) UUID offerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		return step(id, viewer, model, redirect, "recognition.module-planned",
				() -> this.recognitions.planModule(new RecognitionCaseId(id), version, gapId,
						(offerId != null) ? new OfferId(offerId) : null, startsOn, viewer));
	}

	@PostMapping("/recognitions/{id}/modules/{moduleId}/progress")
	String recordProgress(@PathVariable UUID id, @PathVariable UUID moduleId, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
			@RequestParam(required = false) Integer weeksCompleted, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		return step(id, viewer, model, redirect, "recognition.progress-recorded", () -> {
			if (weeksCompleted == null) {
				throw new RuleViolation("weeksCompleted", "recognition.rule.weeks-required");
			}
			this.recognitions.recordProgress(new RecognitionCaseId(id), version, moduleId, startedOn, weeksCompleted,
					viewer);
		});
	}

	@PostMapping("/recognitions/{id}/outcome")
	String recordRecognition(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.signedIn.required(authentication);
		return step(id, viewer, model, redirect, "recognition.recognised",
				() -> this.recognitions.recordRecognition(new RecognitionCaseId(id), version, on, viewer));
	}

	@GetMapping("/recognitions/figures")
	String figures(@RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer toYear,
			Authentication authentication, Model model) {
		StaffMember viewer = this.signedIn.required(authentication);
		int thisYear = LocalDate.now(this.clock).getYear();
		int to = (toYear != null) ? toYear : thisYear;
		int from = (fromYear != null) ? fromYear : to - 4;
		try {
			model.addAttribute("figures", this.recognitions.figures(from, to, viewer));
		}
		catch (RuleViolation violation) {
			model.addAttribute("yearsError", violation);
			to = thisYear;
			from = thisYear - 4;
			model.addAttribute("figures", this.recognitions.figures(from, to, viewer));
		}
		model.addAttribute("fromYear", from);
		model.addAttribute("toYear", to);
		return "recognition/figures";
	}

	private String step(UUID id, StaffMember viewer, Model model, RedirectAttributes redirect, String messageKey,
			Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("messageKey", messageKey);
			return "redirect:/recognitions/" + id;
		}
		catch (RuleViolation violation) {
			model.addAttribute("stepError", violation);
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("stepError", new RuleViolation(null, "recognition.changed-in-the-meantime"));
		}
		return detail(id, viewer, model);
	}

	private String detail(UUID id, StaffMember viewer, Model model) {
		model.addAttribute("page", this.recognitions.page(new RecognitionCaseId(id), viewer)
			.orElseThrow(() -> new NotFound("recognition.not-found")));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "recognition/detail";
	}

	private String form(String name, LocalDate birthDate, StaffMember viewer, Model model) {
		model.addAttribute("name", name);
		model.addAttribute("birthDate", birthDate);
		model.addAttribute("searched", name != null || birthDate != null);
		model.addAttribute("people", (name != null || birthDate != null)
				? this.recognitions.findPeople(name, birthDate, viewer) : List.of());
		return "recognition/form";
	}

}
