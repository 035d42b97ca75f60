package de.weitblick.project.web;

import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.project.ProjectId;
import de.weitblick.project.page.ProjectPage;
import de.weitblick.project.page.ProjectPages;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a project's page ({@link ProjectPages}) into the model, for the page itself and
 * for the forms on it that show it again with their errors.
 */
@Component
public class ProjectPageModel {

	private final ProjectPages pages;

	ProjectPageModel(ProjectPages pages) {
		this.pages = pages;
	}

	public String detail(UUID id, StaffMember viewer, Model model) {
		return detail(id, null, viewer, model);
	}

	/**
	 * @param figuresPeriod the period whose figures are shown, or null for the current
	 * one
	 */
	public String detail(UUID id, UUID figuresPeriod, StaffMember viewer, Model model) {
		ProjectPage page = this.pages.of(new ProjectId(id), figuresPeriod, viewer);
		model.addAttribute("view", page.view());
		model.addAttribute("permissions", page.permissions());
		model.addAttribute("mayReferOnPage", page.mayReferOnPage());
		model.addAttribute("periods", page.periods());
		model.addAttribute("rates", page.rates());
		model.addAttribute("mayRecordAttendance", page.mayRecordAttendance());
		if (page.figures() != null) {
			model.addAttribute("figures", page.figures());
		}
		model.addAttribute("today", page.today());
		model.addAttribute("instructors", page.instructors());
		model.addAttribute("mayAssignInstructors", page.mayAssignInstructors());
		model.addAttribute("instructorCandidates", page.instructorCandidates());
		model.addAttribute("servedGoals", page.goals());
		return "project/detail";
	}

}
