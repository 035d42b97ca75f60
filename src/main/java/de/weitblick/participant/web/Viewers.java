package de.weitblick.participant.web;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The signed-in member of staff, as the case access rules need them. A person signed in
 * through the identity provider without a local account has no team and so sees no case
 * file.
 */
@Component
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
