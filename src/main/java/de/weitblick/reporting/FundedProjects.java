package de.weitblick.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.weitblick.funding.ProjectDirectory;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.ProjectSummary;

import org.springframework.stereotype.Component;

/**
 * Tells the funding module the projects a grant may go to.
 */
@Component
class FundedProjects implements ProjectDirectory {

	private final ProjectManagement projects;

	FundedProjects(ProjectManagement projects) {
		this.projects = projects;
	}

	@Override
	public Map<UUID, String> projectNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		for (ProjectSummary project : this.projects.projects()) {
			names.put(project.id().id(), project.name());
		}
		return names;
	}

}
