package de.weitblick.dialogue.idea;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.project.EligibilityRules;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.ProjectDescription;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectKind;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectStatus;
import de.weitblick.project.PublicProjectFigures;

import org.springframework.stereotype.Component;

/**
 * The dialogue's only calls into the project module: setting up the project an approved
 * idea becomes, and reading what of it every visitor may see.
 */
@Component
class ImplementingProjects {

	private final ProjectManagement projects;

	private final PublicProjectFigures figures;

	ImplementingProjects(ProjectManagement projects, PublicProjectFigures figures) {
		this.projects = projects;
		this.figures = figures;
	}

	/**
	 * @return the project's results as every visitor may see them, small numbers hidden
	 */
	PublicProjectFigures.Figures figures(UUID projectId) {
		return this.figures.of(new ProjectId(projectId));
	}

	/**
	 * A planned project, pre-filled from the idea, run by the unit of the person who sets
	 * it up; its lead and places are planned in the project module.
	 */
	UUID create(Idea idea, StaffMember member, Clock clock) {
		String description = idea.problem() + "\n\n" + idea.approach();
		ProjectDescription project = new ProjectDescription(idea.title(), null, ProjectKind.OTHER,
				ProjectStatus.PLANNED, description, member.unitId(), null, LocalDate.now(clock).plusMonths(1), null,
				null, Set.copyOf(idea.focusGroups()), EligibilityRules.NONE, Set.of(), Set.of(), List.of());
		return this.projects.create(project, member).id();
	}

	Optional<IdeaPage.ProjectLink> link(UUID projectId) {
		ProjectId id = new ProjectId(projectId);
		return this.projects.project(id).map(project -> {
			int places = this.projects.places(id).stream().mapToInt(PlacePeriod::places).sum();
			return new IdeaPage.ProjectLink(projectId, project.name(), project.status().messageKey(),
					project.runningTime().start(), places);
		});
	}

}
