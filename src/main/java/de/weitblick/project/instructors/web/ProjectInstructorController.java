package de.weitblick.project.instructors.web;

import java.util.UUID;

import de.weitblick.project.web.Viewers;
import de.weitblick.project.web.ProjectPageModel;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.ProjectId;
import de.weitblick.project.instructors.ProjectInstructors;
import de.weitblick.shared.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigning instructors to a project and ending their assignment, from the project's
 * page; a refusal is shown above the section with its reason.
 */
@Controller
class ProjectInstructorController {

	private final ProjectInstructors instructors;

	private final ProjectPageModel page;

	private final Viewers viewers;

	ProjectInstructorController(ProjectInstructors instructors, ProjectPageModel page, Viewers viewers) {
		this.instructors = instructors;
		this.page = page;
		this.viewers = viewers;
	}

	@PostMapping("/projects/{id}/instructors")
	String assign(@PathVariable UUID id, @RequestParam(required = false) UUID instructorId,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		try {
			this.instructors.assign(new ProjectId(id), instructorId, viewer);
			redirect.addFlashAttribute("messageKey", "project.instructor.assigned");
			return "redirect:/projects/" + id + "#instructors";
		}
		catch (RuleViolation violation) {
			model.addAttribute("instructorError", violation);
			return this.page.detail(id, viewer, model);
		}
	}

	@PostMapping("/projects/{id}/instructors/{instructorId}/end")
	String end(@PathVariable UUID id, @PathVariable UUID instructorId, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		StaffMember viewer = this.viewers.of(authentication);
		try {
			this.instructors.end(new ProjectId(id), instructorId, viewer);
			redirect.addFlashAttribute("messageKey", "project.instructor.ended");
			return "redirect:/projects/" + id + "#instructors";
		}
		catch (RuleViolation violation) {
			model.addAttribute("instructorError", violation);
			return this.page.detail(id, viewer, model);
		}
	}

}
