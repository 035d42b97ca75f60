package de.weitblick.infrastructure.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffAccounts;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Gives a person who signs in through the identity provider for the first time a staff
 * account (just-in-time provisioning): with the first Weitblick role of the roles claim
 * and the organisational unit whose code the team claim names. An administrator may
 * adjust the account afterwards; later sign-ins leave it as it is. A disabled account may
 * not sign in through the identity provider either.
 */
class SingleSignOnAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OAuth2UserService<OidcUserRequest, OidcUser> identityProvider;

	private final StaffAccounts accounts;

	private final SecurityProperties properties;

	SingleSignOnAccounts(StaffAccounts accounts, SecurityProperties properties) {
		this(new OidcUserService(), accounts, properties);
	}

	SingleSignOnAccounts(OAuth2UserService<OidcUserRequest, OidcUser> identityProvider, StaffAccounts accounts,
			SecurityProperties properties) {
		this.identityProvider = identityProvider;
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.identityProvider.loadUser(request);
		Map<String, Object> claims = user.getClaims();
		Role role = Arrays.stream(Role.values())
			.filter(known -> OidcRoleMapping.authorities(claims, this.properties.rolesClaim())
				.stream()
				.anyMatch(authority -> authority.getAuthority().equals(known.authority())))
			.findFirst()
			.orElse(null);
		boolean maySignIn = this.accounts.provisionAtSingleSignOn(user.getName(), user.getFullName(), user.getEmail(),
				role, team(claims.get(this.properties.teamClaim())));
		if (!maySignIn) {
			throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"), "The account is disabled");
		}
		return user;
	}

	private static String team(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().findFirst().map(String::valueOf).orElse(null);
		}
		return (claim != null) ? String.valueOf(claim) : null;
	}

}
