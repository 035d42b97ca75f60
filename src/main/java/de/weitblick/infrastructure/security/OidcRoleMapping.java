package de.weitblick.infrastructure.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.weitblick.organisation.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Turns the role names an identity provider puts into a claim into Weitblick's roles.
 * Names that are no Weitblick role are ignored, so a person without a known role may sign
 * in but sees nothing.
 */
final class OidcRoleMapping {

	private OidcRoleMapping() {
	}

	static Collection<GrantedAuthority> authorities(Map<String, Object> claims, String rolesClaim) {
		Object value = claims.get(rolesClaim);
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (value instanceof Collection<?> names) {
			for (Object name : names) {
				for (Role role : Role.values()) {
					if (role.name().equalsIgnoreCase(String.valueOf(name))) {
						authorities.add(new SimpleGrantedAuthority(role.authority()));
					}
				}
			}
		}
		return authorities;
	}

}
