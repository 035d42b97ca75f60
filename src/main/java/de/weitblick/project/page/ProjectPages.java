package de.weitblick.project.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.funding.FundingManagement;
import de.weitblick.project.attendance.AttendanceRates;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.EnrolmentView;
import de.weitblick.project.EnrolmentLists;
import de.weitblick.project.PeriodEnrolments;
import de.weitblick.project.Project;
import de.weitblick.project.ProjectFigures;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectPermissions;
import de.weitblick.project.attendance.Attendances;
import de.weitblick.project.instructors.ProjectInstructors;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a project's page for one viewer: the project, its places, the people the viewer
 * may see (one audited read of their names), attendance rates, figures and instructors,
 * in one transaction.
 */
@Service
public class ProjectPages {

	private final ProjectManagement projects;

	private final PlacesPlanning placesPlanning;

	private final EnrolmentLists enrolments;

	private final OrganisationManagement organisation;

	private final FundingManagement funding;

	private final ProjectInstructors instructors;

	private final Attendances attendances;

	private final AttendanceRates rates;

	private final ProjectFigures figures;

	private final Clock clock;

	ProjectPages(ProjectManagement projects, PlacesPlanning placesPlanning, EnrolmentLists enrolments,
			OrganisationManagement organisation, FundingManagement funding, ProjectInstructors instructors,
			Attendances attendances, AttendanceRates rates, ProjectFigures figures, Clock clock) {
		this.projects = projects;
		this.placesPlanning = placesPlanning;
		this.enrolments = enrolments;
		this.organisation = organisation;
		this.funding = funding;
		this.instructors = instructors;
		this.attendances = attendances;
		this.rates = rates;
		this.figures = figures;
		this.clock = clock;
	}

	/**
	 * @param id the project, must not be null
	 * @param figuresPeriod the period whose figures are shown, or null for the current
	 * one
	 * @param viewer must not be null
	 * @return the page, never null
	 * @throws NotFound when there is no such project
	 */
	@Transactional
	public ProjectPage of(ProjectId id, UUID figuresPeriod, StaffMember viewer) {
		Project project = this.projects.project(id).orElseThrow(() -> new NotFound("project.not-found"));
		ProjectView view = ProjectView.of(project, this.projects.places(id), this.placesPlanning.capacityChanges(id),
				this.enrolments.waitingCounts(id), this.organisation, this.funding);
		ProjectPermissions permissions = this.projects.permissions(project, viewer);
		List<PeriodEnrolments> periods = this.enrolments.ofProject(id, viewer);
		// The attendance rates of the people the viewer sees by name on this page.
		var rates = this.rates.rates(periods.stream()
			.flatMap(period -> period.holding().stream())
			.filter(EnrolmentView::showsPerson)
			.map(enrolment -> enrolment.enrolment().id())
			.toList());
		var figures = this.figures.maySee(project, viewer) ? this.figures.of(project, figuresPeriod, viewer) : null;
		boolean mayAssign = this.instructors.mayAssign(id, viewer);
		return new ProjectPage(view, permissions,
				// Partners refer through the API; on the page it is the counsellor's
				// step.
				permissions.mayRefer() && viewer.role() == Role.COUNSELLOR, periods, rates,
				this.attendances.mayRecord(project, viewer), figures, LocalDate.now(this.clock),
				this.instructors.of(id), mayAssign, mayAssign ? this.instructors.candidates(id) : List.of(),
				this.projects.goalsServed(id));
	}

}
