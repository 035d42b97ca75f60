package de.weitblick.project.web;

import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The signed-in person as the project rules need them: without a local account nobody can
 * describe a project or see who takes part.
 */
@Component("projectViewers")
public class Viewers {

	private final SignedInStaff signedIn;

	Viewers(SignedInStaff signedIn) {
		this.signedIn = signedIn;
	}

	/**
	 * @return the member of staff, or empty for an account without a local staff account
	 */
	public java.util.Optional<StaffMember> signedIn(Authentication authentication) {
		return this.signedIn.of(authentication);
	}

	public StaffMember of(Authentication authentication) {
		return this.signedIn.required(authentication);
	}

}
