package de.weitblick.project.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.funding.FundingManagement;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.Attendances;
import de.weitblick.project.EnrolmentView;
import de.weitblick.project.Enrolments;
import de.weitblick.project.PeriodEnrolments;
import de.weitblick.project.ProjectFigures;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectInstructors;
import de.weitblick.project.ProjectManagement;
import de.weitblick.shared.NotFound;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a project's page shows, for the page itself and for the forms on it that show it
 * again with their errors.
 */
@Component
class ProjectPage {

	private final ProjectManagement projects;

	private final Enrolments enrolments;

	private final OrganisationManagement organisation;

	private final FundingManagement funding;

	private final ProjectInstructors instructors;

	private final Attendances attendances;

	private final ProjectFigures figures;

	private final Clock clock;

	ProjectPage(ProjectManagement projects, Enrolments enrolments, OrganisationManagement organisation,
			FundingManagement funding, ProjectInstructors instructors, Attendances attendances, ProjectFigures figures,
			Clock clock) {
		this.attendances = attendances;
		this.figures = figures;
		this.projects = projects;
		this.instructors = instructors;
		this.enrolments = enrolments;
		this.organisation = organisation;
		this.funding = funding;
		this.clock = clock;
	}

	String detail(UUID id, StaffMember viewer, Model model) {
		return detail(id, null, viewer, model);
	}

	/**
	 * @param figuresPeriod the period whose figures are shown, or null for the current
	 * one
	 */
	String detail(UUID id, UUID figuresPeriod, StaffMember viewer, Model model) {
		ProjectId projectId = new ProjectId(id);
		Project project = this.projects.project(projectId).orElseThrow(() -> new NotFound("project.not-found"));
		model.addAttribute("view",
				ProjectView.of(project, this.projects.places(projectId), this.projects.capacityChanges(projectId),
						this.enrolments.waitingCounts(projectId), this.organisation, this.funding));
		var permissions = this.projects.permissions(project, viewer);
		model.addAttribute("permissions", permissions);
		// Partners refer through the API; on the page it is the counsellor's step.
		model.addAttribute("mayReferOnPage", permissions.mayRefer() && viewer.role() == Role.COUNSELLOR);
		List<PeriodEnrolments> periods = this.enrolments.ofProject(projectId, viewer);
		model.addAttribute("periods", periods);
		// The attendance rates of the people the viewer sees by name on this page.
		model.addAttribute("rates",
				this.attendances.rates(periods.stream()
					.flatMap(period -> period.holding().stream())
					.filter(EnrolmentView::showsPerson)
					.map(view -> view.enrolment().id())
					.toList()));
		model.addAttribute("mayRecordAttendance", this.attendances.mayRecord(project, viewer));
		if (this.figures.maySee(project, viewer)) {
			model.addAttribute("figures", this.figures.of(project, figuresPeriod, viewer));
		}
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("instructors", this.instructors.of(projectId));
		boolean mayAssign = this.instructors.mayAssign(projectId, viewer);
		model.addAttribute("mayAssignInstructors", mayAssign);
		model.addAttribute("instructorCandidates", mayAssign ? this.instructors.candidates(projectId) : List.of());
		return "project/detail";
	}

}
