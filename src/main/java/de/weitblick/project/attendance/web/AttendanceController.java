package de.weitblick.project.attendance.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.project.web.Viewers;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.AttendanceStatus;
import de.weitblick.project.ProjectId;
import de.weitblick.project.attendance.AttendanceSheet;
import de.weitblick.project.attendance.Attendances;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attendance of one project day or session, entered for everybody taking part that
 * day in one form, by the project's lead and its assigned instructors.
 */
@Controller
class AttendanceController {

	/** What a new day's form proposes: a working day of the workshops. */
	private static final BigDecimal USUAL_HOURS = BigDecimal.valueOf(6);

	private final Attendances attendances;

	private final Viewers viewers;

	private final Clock clock;

	AttendanceController(Attendances attendances, Viewers viewers, Clock clock) {
		this.attendances = attendances;
		this.viewers = viewers;
		this.clock = clock;
	}

	@GetMapping("/projects/{id}/attendance")
	String sheet(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String label, Authentication authentication, Model model) {
		StaffMember viewer = this.viewers.of(authentication);
		LocalDate shown = (day != null) ? day : LocalDate.now(this.clock);
		AttendanceSheet sheet = sheetOf(id, shown, label, viewer);
		return page(sheet, AttendanceForm.of(sheet, USUAL_HOURS), model);
	}

	@PostMapping("/projects/{id}/attendance")
	String record(@PathVariable UUID id, @ModelAttribute("form") AttendanceForm form, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		LocalDate day = (form.getDay() != null) ? form.getDay() : LocalDate.now(this.clock);
		try {
			this.attendances.record(new ProjectId(id), form.toEntry(), viewer);
			redirect.addFlashAttribute("messageKey", "attendance.recorded");
			// ISO, as the sheet reads it: written in the reader's language the day would
			// not be read back.
			redirect.addAttribute("day", day.toString());
			redirect.addAttribute("label", (form.getLabel() != null) ? form.getLabel().strip() : "");
			return "redirect:/projects/" + id + "/attendance";
		}
		catch (RuleViolation violation) {
			model.addAttribute("attendanceError", violation);
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("attendanceError", new RuleViolation(null, "attendance.changed-in-the-meantime"));
			// Show what is stored now, so the entry can be made again on top of it.
			AttendanceSheet now = sheetOf(id, day, form.getLabel(), viewer);
			return page(now, AttendanceForm.of(now, USUAL_HOURS), model);
		}
		AttendanceSheet sheet = sheetOf(id, day, form.getLabel(), viewer);
		return page(sheet, form, model);
	}

	private AttendanceSheet sheetOf(UUID id, LocalDate day, String label, StaffMember viewer) {
		try {
			return this.attendances.sheet(new ProjectId(id), day, label, viewer);
		}
		catch (RuleViolation refused) {
			throw new AccessDeniedException("May not record attendance in project " + id);
		}
	}

	private String page(AttendanceSheet sheet, AttendanceForm form, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("form", form);
		model.addAttribute("statuses", AttendanceStatus.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "project/attendance";
	}

}
