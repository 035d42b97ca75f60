package de.weitblick.infrastructure.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import de.weitblick.organisation.ApiTokens;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Who a bearer token signs in: Weitblick's own API tokens (they start with
 * {@value ApiTokens#PREFIX}) are looked up by their hash, every other token is a JWT of
 * the identity provider, when one is configured. Neither goes through the password check,
 * so a token call costs no password hash and is never locked by wrong passwords.
 */
final class BearerTokens {

	private static final String API_TOKEN_HEADER = "Bearer " + ApiTokens.PREFIX;

	private BearerTokens() {
	}

	/**
	 * @param apiTokens must not be null
	 * @param jwtDecoder the identity provider's, or null when none is configured
	 * @param rolesClaim the JWT claim that lists the roles, must not be null
	 * @return the manager for each request's bearer token, never null
	 */
	static AuthenticationManagerResolver<HttpServletRequest> resolver(ApiTokens apiTokens, JwtDecoder jwtDecoder,
			String rolesClaim) {
		// No event publisher: a token's use is neither a sign-in nor a failed password.
		AuthenticationManager ownTokens = new ProviderManager(apiTokenProvider(apiTokens));
		if (jwtDecoder == null) {
			return request -> ownTokens;
		}
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> OidcRoleMapping.authorities(jwt.getClaims(), rolesClaim));
		JwtAuthenticationProvider jwts = new JwtAuthenticationProvider(jwtDecoder);
		jwts.setJwtAuthenticationConverter(converter);
		AuthenticationManager identityProviderTokens = new ProviderManager(jwts);
		return request -> isApiToken(request) ? ownTokens : identityProviderTokens;
	}

	private static boolean isApiToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, API_TOKEN_HEADER, 0, API_TOKEN_HEADER.length());
	}

	private static AuthenticationProvider apiTokenProvider(ApiTokens apiTokens) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				BearerTokenAuthenticationToken bearer = (BearerTokenAuthenticationToken) authentication;
				return apiTokens.signIn(bearer.getToken()).map(member -> {
					UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
							member.username(), null, List.of(new SimpleGrantedAuthority(member.role().authority())));
					signedIn.setDetails(bearer.getDetails());
					return (Authentication) signedIn;
				}).orElseThrow(() -> new InvalidBearerTokenException("Unknown, expired or revoked API token"));
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
			}

		};
	}

}
