package de.weitblick.organisation;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The member of staff behind the signed-in account, looked up once per request. The
 * layout (for the unread notifications), the controllers and the access rules all ask for
 * them on every page; each lookup would otherwise be a query and a transaction of its
 * own. Outside a request, such as in scheduled work, every call looks up anew.
 */
@Component
public class SignedInStaff {

	private static final String ATTRIBUTE = SignedInStaff.class.getName();

	private final OrganisationManagement organisation;

	SignedInStaff(OrganisationManagement organisation) {
		this.organisation = organisation;
	}

	/**
	 * @param authentication the signed-in account, must not be null
	 * @return the member of staff with the account's user name, or empty when the account
	 * has no local staff account (signed in through the identity provider only)
	 */
	public Optional<StaffMember> of(Authentication authentication) {
		String username = authentication.getName();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return this.organisation.staffMember(username);
		}
		if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Lookup lookup
				&& lookup.username().equals(username)) {
			return lookup.member();
		}
		Optional<StaffMember> member = this.organisation.staffMember(username);
		request.setAttribute(ATTRIBUTE, new Lookup(username, member), RequestAttributes.SCOPE_REQUEST);
		return member;
	}

	/**
	 * For pages and API calls that only staff with a local account may use.
	 * @param authentication the signed-in account, must not be null
	 * @return the member of staff, never null
	 * @throws AccessDeniedException when the account has no local staff account
	 */
	public StaffMember required(Authentication authentication) {
		return of(authentication)
			.orElseThrow(() -> new AccessDeniedException("No staff account for " + authentication.getName()));
	}

	private record Lookup(String username, Optional<StaffMember> member) {
	}

}
