package de.weitblick.infrastructure.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings of Weitblick itself; the identity provider is configured with
 * Spring's standard {@code spring.security.oauth2.*} properties.
 *
 * @param rolesClaim the token claim that lists a person's Weitblick roles
 * @param teamClaim the token claim that names the code of a person's organisational unit,
 * for the account created at the first single sign-on
 */
@ConfigurationProperties("weitblick.security")
public record SecurityProperties(@DefaultValue("roles") String rolesClaim, @DefaultValue("team") String teamClaim) {

}
