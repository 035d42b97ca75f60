package de.weitblick.participant.web;

import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The signed-in member of staff, as the case access rules need them. A person signed in
 * through the identity provider without a local account has no team and so sees no case
 * file.
 */
@Component
public class Viewers {

	private final SignedInStaff signedIn;

	Viewers(SignedInStaff signedIn) {
		this.signedIn = signedIn;
	}

	public StaffMember of(Authentication authentication) {
		return this.signedIn.required(authentication);
	}

}
