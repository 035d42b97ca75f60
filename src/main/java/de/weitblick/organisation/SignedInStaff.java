package de.weitblick.organisation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	SignedInStaff(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param authentication the signed-in account, must not be null
	 * @return the member of staff with the account's user name, or empty when the account
	 * has no local staff account (signed in through the identity provider only)
	 */
	public Optional<StaffMember> of(Authentication authentication) {
		return lookUp(authentication).member();
	}

	/**
	 * @param authentication the signed-in account, must not be null
	 * @return how many notifications the member of staff has not read, or empty when the
	 * account has no local staff account
	 */
	public Optional<Integer> unreadNotifications(Authentication authentication) {
		Lookup lookup = lookUp(authentication);
		return lookup.member().map(member -> lookup.unread());
	}

	/**
	 * @param authentication the signed-in account, must not be null
	 * @return whether the account's owner must change an initial password before doing
	 * anything else; false for an account without a local staff account
	 */
	public boolean mustChangePassword(Authentication authentication) {
		Lookup lookup = lookUp(authentication);
		return lookup.member().isPresent() && lookup.passwordChangeRequired();
	}

	/**
	 * @param authentication the signed-in account, must not be null
	 * @return whether the staff account was disabled, so that its sessions and tokens are
	 * no longer accepted; false for an account without a local staff account
	 */
	public boolean isDisabled(Authentication authentication) {
		Lookup lookup = lookUp(authentication);
		return lookup.member().isPresent() && !lookup.enabled();
	}

	private Lookup lookUp(Authentication authentication) {
		String username = authentication.getName();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Lookup lookup
				&& lookup.username().equals(username)) {
			return lookup;
		}
		// One statement without a transaction of its own: a single read needs none.
		Lookup lookup = this.jdbc.sql("""
				SELECT a.id, a.username, a.display_name, a.role, a.organisational_unit_id,
				       a.enabled, a.password_change_required,
				       (SELECT count(*) FROM staff_notification n
				        WHERE n.recipient_id = a.id AND n.read_at IS NULL) AS unread
				FROM staff_account a WHERE lower(a.username) = lower(:username)
				""")
			.param("username", username)
			.query((rs, row) -> new Lookup(username, Optional.of(OrganisationManagement.staffMember(rs, row)),
					rs.getInt("unread"), rs.getBoolean("enabled"), rs.getBoolean("password_change_required")))
			.optional()
			.orElseGet(() -> new Lookup(username, Optional.empty(), 0, true, false));
		if (request != null) {
			request.setAttribute(ATTRIBUTE, lookup, RequestAttributes.SCOPE_REQUEST);
		}
		return lookup;
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

	private record Lookup(String username, Optional<StaffMember> member, int unread, boolean enabled,
			boolean passwordChangeRequired) {
	}

}
