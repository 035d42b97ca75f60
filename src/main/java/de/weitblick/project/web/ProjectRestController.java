package de.weitblick.project.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.funding.FundingManagement;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.project.PartnerRole;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectKind;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.ProjectSummary;
import de.weitblick.shared.NotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects as JSON.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Projects (Projekte) with their places, partners and funding")
class ProjectRestController {

	private final ProjectManagement projects;

	private final OrganisationManagement organisation;

	private final FundingManagement funding;

	ProjectRestController(ProjectManagement projects, OrganisationManagement organisation, FundingManagement funding) {
		this.projects = projects;
		this.organisation = organisation;
		this.funding = funding;
	}

	@GetMapping
	@Operation(summary = "All projects with today's places, ordered by name")
	List<ProjectListItem> projects() {
		return this.projects.projects().stream().map(ProjectListItem::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One project with its partners, funding and places per period")
	ProjectResource project(@PathVariable UUID id) {
		var project = this.projects.project(new ProjectId(id)).orElseThrow(() -> new NotFound("project.not-found"));
		return ProjectResource.of(ProjectView.of(project, this.organisation, this.funding));
	}

	record ProjectListItem(UUID id, String name, String shortName, ProjectKind kind, ProjectStatus status,
			LocalDate startsOn, LocalDate endsOn, Integer currentPlaces, List<FocusGroupCode> targetFocusGroups) {

		static ProjectListItem of(ProjectSummary summary) {
			return new ProjectListItem(summary.id().id(), summary.name(), summary.shortName(), summary.kind(),
					summary.status(), summary.startsOn(), summary.endsOn(), summary.currentPlaces(),
					summary.targetFocusGroups());
		}

	}

	record ProjectResource(UUID id, String name, String shortName, ProjectKind kind, ProjectStatus status,
			String description, UUID organisationalUnitId, String organisationalUnitName, LocalDate startsOn,
			LocalDate endsOn, String location, List<FocusGroupCode> targetFocusGroups, List<PartnerResource> partners,
			List<FundingResource> funding, List<PlacesResource> places) {

		static ProjectResource of(ProjectView view) {
			var project = view.project();
			return new ProjectResource(project.id().id(), project.name(), project.shortName(), project.kind(),
					project.status(), project.description(), project.organisationalUnitId(),
					(view.unit() != null) ? view.unit().name() : null, project.runningTime().start(),
					project.runningTime().end(), project.location(), project.targetFocusGroups(),
					view.partners()
						.stream()
						.map(partner -> new PartnerResource(partner.id(), partner.organisation().name(),
								partner.role()))
						.toList(),
					view.funding()
						.stream()
						.map(programme -> new FundingResource(programme.id(), programme.code(), programme.name()))
						.toList(),
					view.places()
						.stream()
						.map(places -> new PlacesResource(places.period().label(), places.period().startsOn(),
								places.period().endsOn(), places.period().places(), places.changePercent()))
						.toList());
		}

	}

	record PartnerResource(UUID id, String name, PartnerRole role) {
	}

	record FundingResource(UUID id, String code, String name) {
	}

	record PlacesResource(String label, LocalDate startsOn, LocalDate endsOn, int places, Integer changePercent) {
	}

}
