package de.weitblick.project.web;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The signed-in person as the project rules need them: without a local account nobody can
 * describe a project or see who takes part.
 */
@Component("projectViewers")
class Viewers {

	private final OrganisationManagement organisation;

	Viewers(OrganisationManagement organisation) {
		this.organisation = organisation;
	}

	StaffMember of(Authentication authentication) {
		return this.organisation.staffMember(authentication.getName())
			.orElseThrow(() -> new AccessDeniedException("No staff account for " + authentication.getName()));
	}

}
