package de.weitblick.workshop.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.workshop.AbsenceReason;
import de.weitblick.workshop.AssignmentId;
import de.weitblick.workshop.AssignmentPage;
import de.weitblick.workshop.Allowances;
import de.weitblick.workshop.Assignments;
import de.weitblick.workshop.NextStep;
import de.weitblick.workshop.WorkshopId;
import de.weitblick.workshop.WorkshopManagement;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of work opportunities: the workshops, one workshop with its assignments, the
 * assignment form and the Jobcenter's monthly list, and one assignment with absences,
 * skills, extension, next step and the allowance statement.
 */
@Controller
@RequestMapping("/workshops")
class WorkshopController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final WorkshopManagement workshops;

	private final Assignments assignments;

	private final Allowances allowances;

	private final SignedInStaff signedIn;

	private final MonthlyListFiles files;

	private final StatementPdf pdf;

	private final Clock clock;

	WorkshopController(WorkshopManagement workshops, Assignments assignments, Allowances allowances,
			SignedInStaff signedIn, MonthlyListFiles files, StatementPdf pdf, Clock clock) {
		this.workshops = workshops;
		this.assignments = assignments;
		this.allowances = allowances;
		this.signedIn = signedIn;
		this.files = files;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("workshops", this.workshops.workshops());
		return "workshop/list";
	}

	@GetMapping("/{id}")
	String workshop(@PathVariable UUID id, Model model, Authentication authentication) {
		model.addAttribute("form", new AssignForm());
		return workshopPage(id, model, authentication);
	}

	@PostMapping("/{id}/assignments")
	String assign(@PathVariable UUID id, @Valid @ModelAttribute("form") AssignForm form, BindingResult binding,
			Model model, Authentication authentication, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return workshopPage(id, model, authentication);
		}
		try {
			AssignmentId assignment = this.assignments.assign(form.toRequest(new WorkshopId(id)),
					viewer(authentication));
			redirect.addFlashAttribute("messageKey", "workshop.assign.done");
			return "redirect:/workshops/assignments/" + assignment.id();
		}
		catch (RuleViolation violation) {
			binding.rejectValue(violation.field() != null ? violation.field() : "participantId", violation.messageKey(),
					violation.arguments(), violation.messageKey());
			return workshopPage(id, model, authentication);
		}
	}

	@GetMapping("/{id}/monthly-list")
	ResponseEntity<byte[]> monthlyList(@PathVariable UUID id, @RequestParam String month,
			@RequestParam(defaultValue = "xlsx") String format, Authentication authentication, Locale locale) {
		YearMonth chosen = month(month);
		var list = this.allowances.monthlyList(new WorkshopId(id), chosen, viewer(authentication));
		boolean csv = "csv".equals(format);
		byte[] body = csv ? this.files.csv(list, locale) : this.files.xlsx(list, locale);
		String name = "monatsliste-" + chosen + (csv ? ".csv" : ".xlsx");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
					: MediaType.parseMediaType(XLSX))
			.body(body);
	}

	@GetMapping("/assignments/{id}")
	String assignment(@PathVariable UUID id, Model model, Authentication authentication) {
		AssignmentPage page = this.assignments.assignmentPage(new AssignmentId(id), viewer(authentication))
			.orElseThrow(() -> new NotFound("workshop.assignment-not-found"));
		model.addAttribute("page", page);
		model.addAttribute("reasons", AbsenceReason.values());
		model.addAttribute("nextSteps", NextStep.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("month", YearMonth.now(this.clock).toString());
		return "workshop/assignment";
	}

	@PostMapping("/assignments/{id}/absences")
	String recordAbsence(@PathVariable UUID id, @RequestParam(required = false) LocalDate day,
			@RequestParam(required = false) AbsenceReason reason, @RequestParam(required = false) String note,
			Authentication authentication, RedirectAttributes redirect) {
		return change(id, redirect, "workshop.absence.recorded", "absences",
				() -> this.assignments.recordAbsence(new AssignmentId(id), day, reason, note, viewer(authentication)));
	}

	@PostMapping("/assignments/{id}/skills")
	String recordSkill(@PathVariable UUID id, @RequestParam(required = false) String code,
			@RequestParam(required = false) LocalDate gainedOn, Authentication authentication,
			RedirectAttributes redirect) {
		return change(id, redirect, "workshop.skill.recorded", "skills",
				() -> this.assignments.recordSkill(new AssignmentId(id), code, gainedOn, viewer(authentication)));
	}

	@PostMapping("/assignments/{id}/extension")
	String extend(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) LocalDate endsOn,
			@RequestParam(required = false) String furtherMonthsReason, Authentication authentication,
			RedirectAttributes redirect) {
		return change(id, redirect, "workshop.extend.done", "extend", () -> this.assignments
			.extend(new AssignmentId(id), version, endsOn, furtherMonthsReason, viewer(authentication)));
	}

	@PostMapping("/assignments/{id}/next-step")
	String agreeNextStep(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) NextStep nextStep, @RequestParam(required = false) String note,
			Authentication authentication, RedirectAttributes redirect) {
		return change(id, redirect, "workshop.next-step.recorded", "next-step", () -> this.assignments
			.agreeNextStep(new AssignmentId(id), version, nextStep, note, viewer(authentication)));
	}

	@GetMapping("/assignments/{id}/statement")
	ResponseEntity<byte[]> statement(@PathVariable UUID id, @RequestParam String month, Authentication authentication,
			Locale locale) {
		YearMonth chosen = month(month);
		var statement = this.allowances.statement(new AssignmentId(id), chosen, viewer(authentication));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mehraufwand-" + chosen + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(this.pdf.render(statement, locale));
	}

	private String workshopPage(UUID id, Model model, Authentication authentication) {
		model.addAttribute("page", this.assignments.workshopPage(new WorkshopId(id), viewer(authentication))
			.orElseThrow(() -> new NotFound("workshop.not-found")));
		model.addAttribute("month", YearMonth.now(this.clock).minusMonths(1).toString());
		return "workshop/detail";
	}

	private String change(UUID id, RedirectAttributes redirect, String doneKey, String anchor, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("messageKey", doneKey);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation);
		}
		return "redirect:/workshops/assignments/" + id + "#" + anchor;
	}

	private static YearMonth month(String month) {
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("month", "workshop.rule.month");
		}
	}

	private StaffMember viewer(Authentication authentication) {
		return this.signedIn.required(authentication);
	}

}
