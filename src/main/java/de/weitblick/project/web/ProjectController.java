package de.weitblick.project.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.funding.FundingManagement;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The project list and a project's page.
 */
@Controller
class ProjectController {

	private final ProjectManagement projects;

	private final OrganisationManagement organisation;

	private final FundingManagement funding;

	private final Clock clock;

	ProjectController(ProjectManagement projects, OrganisationManagement organisation, FundingManagement funding,
			Clock clock) {
		this.projects = projects;
		this.organisation = organisation;
		this.funding = funding;
		this.clock = clock;
	}

	@GetMapping("/projects")
	String projects(Model model) {
		model.addAttribute("projects", this.projects.projects());
		return "project/list";
	}

	@GetMapping("/projects/{id}")
	String project(@PathVariable UUID id, Model model) {
		var project = this.projects.project(new ProjectId(id)).orElseThrow(() -> new NotFound("project.not-found"));
		model.addAttribute("view", ProjectView.of(project, this.organisation, this.funding));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "project/detail";
	}

}
