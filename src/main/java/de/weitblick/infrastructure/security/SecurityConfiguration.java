package de.weitblick.infrastructure.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffAccounts;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.organisation.ApiTokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may do what: three filter chains for the API, the operations endpoints and the
 * pages. Local accounts sign in with a form (pages) or HTTP Basic (API), machine clients
 * with an API token; an OpenID Connect provider takes over when it is configured.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Every page satisfies this policy: no inline scripts or styles, no third-party
	 * origins.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The strength of new password hashes: the demo accounts' strength, so that a sign-in
	 * costs the same for every account and for an unknown user name; weaker hashes are
	 * strengthened at the next sign-in.
	 */
	static final int BCRYPT_STRENGTH = 12;

	/**
	 * What is not an area of its own needs an account, and not a participant's: their
	 * accounts reach only the own area ({@link AccessArea#PORTAL}).
	 */
	private static final AuthorizationManager<RequestAuthorizationContext> NOT_A_PARTICIPANT = AuthorizationManagers
		.allOf(AuthenticatedAuthorizationManager.authenticated(),
				AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority(Role.PARTICIPANT.authority())));

	@Bean
	PasswordEncoder passwordEncoder() {
		// Delegating: stores BCrypt hashes with their id prefix and still reads the other
		// algorithms' hashes, so the algorithm can change later.
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(BCRYPT_STRENGTH)));
		encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return encoder;
	}

	@Bean
	ProblemDetailSecurityHandlers problemDetailSecurityHandlers(MessageSource messages, JsonMapper json,
			LocaleResolver locales) {
		return new ProblemDetailSecurityHandlers(messages, json, locales);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemDetailSecurityHandlers problems,
			ObjectProvider<JwtDecoder> jwtDecoder, SecurityProperties properties, SignedInStaff signedIn,
			AuditTrail audit, ApiTokens apiTokens) throws Exception {
		AccessDeniedHandler refused = new RefusedCaseFileReadsAudited(problems, audit);
		http.securityMatcher("/api/**").authorizeHttpRequests(requests -> {
			requests.requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll();
			// The strategy goals are public reads.
			requests.requestMatchers(HttpMethod.GET, "/api/v1/strategy/goals", "/api/v1/strategy/goals/*").permitAll();
			requests.requestMatchers(HttpMethod.GET, "/api/v1/news", "/api/v1/news/*").permitAll();
			// So are the dialogue's editions (the people invited are not part of them).
			requests.requestMatchers(HttpMethod.GET, "/api/v1/dialogue/editions", "/api/v1/dialogue/editions/*")
				.permitAll();
			// Staff and partners read the units; only administrators change them and read
			// why they changed.
			String administrator = Role.ADMINISTRATOR.authority();
			requests.requestMatchers(HttpMethod.POST, "/api/v1/organisational-units/**").hasAuthority(administrator);
			requests.requestMatchers(HttpMethod.PUT, "/api/v1/organisational-units/**").hasAuthority(administrator);
			// The dialogue's ideas are public; writing needs an account.
			requests.requestMatchers(HttpMethod.GET, "/api/v1/dialogue/ideas", "/api/v1/dialogue/ideas/**").permitAll();
			// So is the showcase of the award's winners.
			requests.requestMatchers(HttpMethod.GET, "/api/v1/awards/showcase").permitAll();
			requests.requestMatchers("/api/v1/organisational-units/*/changes").hasAuthority(administrator);
			authorizeAreas(requests);
			requests.anyRequest().access(NOT_A_PARTICIPANT);
		})
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(refused))
			// Clients that authenticate every request with a header are not exposed to
			// CSRF.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.addFilterBefore(new AccountStandingFilter(signedIn, problems, true), AuthorizationFilter.class);
		// Bearer tokens: Weitblick's API tokens, and JWTs of an identity provider.
		http.oauth2ResourceServer(server -> server
			.authenticationManagerResolver(
					BearerTokens.resolver(apiTokens, jwtDecoder.getIfAvailable(), properties.rolesClaim()))
			.authenticationEntryPoint(problems)
			.accessDeniedHandler(refused));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operationsSecurity(HttpSecurity http, ProblemDetailSecurityHandlers problems,
			ApiTokens apiTokens) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMINISTRATOR"))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(csrf -> csrf.disable())
			// A scraper calls often: an API token spares a password hash per call.
			.oauth2ResourceServer(
					server -> server.authenticationManagerResolver(BearerTokens.resolver(apiTokens, null, ""))
						.authenticationEntryPoint(problems)
						.accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
			SecurityProperties properties, SignInFailureHandler failureHandler, SignedInStaff signedIn,
			ProblemDetailSecurityHandlers problems, StaffAccounts accounts, AuditTrail audit) throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/", "/sign-in", "/error", "/assets/**", "/webjars/**", "/favicon.ico")
				.permitAll();
			// The legal pages an authority must publish, and the accessibility feedback.
			requests.requestMatchers("/legal/**").permitAll();
			// The dialogue's public pages: reading, and taking part with a confirmed
			// address.
			requests.requestMatchers("/public/**").permitAll();
			// Redeeming an invitation into the own area comes before any account exists.
			requests.requestMatchers("/mein-bereich/zugang", "/mein-bereich/zugang/**").permitAll();
			// The strategy goals and their progress are public.
			requests.requestMatchers(HttpMethod.GET, "/strategy/goals", "/strategy/goals/*").permitAll();
			// So are the published news with their feed.
			requests
				.requestMatchers(HttpMethod.GET, "/news", "/news/articles/*", "/news/articles/*/image",
						"/news/feed.atom")
				.permitAll();
			// So are the dialogue's editions with their plan, minutes and attachments.
			requests
				.requestMatchers(HttpMethod.GET, "/dialogue/editions", "/dialogue/editions/*",
						"/dialogue/editions/*/attachments/*")
				.permitAll();
			authorizeAreas(requests);
			requests.anyRequest().access(NOT_A_PARTICIPANT);
		})
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.defaultSuccessUrl("/", false)
				.failureHandler(failureHandler)
				.permitAll())
			.exceptionHandling(exceptions -> exceptions
				.accessDeniedHandler(new RefusedCaseFileReadsAudited(new FormExpired(), audit)))
			.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
			.addFilterBefore(new AccountStandingFilter(signedIn, problems, false), AuthorizationFilter.class);
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(login -> login.loginPage("/sign-in")
				.userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(oidcAuthorities(properties))
					.oidcUserService(new SingleSignOnAccounts(accounts, properties))));
		}
		return http.build();
	}

	private static void authorizeAreas(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		for (AccessArea area : AccessArea.values()) {
			requests.requestMatchers(area.pathPatterns().toArray(String[]::new)).hasAnyAuthority(area.authorities());
		}
	}

	private static GrantedAuthoritiesMapper oidcAuthorities(SecurityProperties properties) {
		return authorities -> {
			Set<GrantedAuthority> mapped = new HashSet<>();
			for (GrantedAuthority authority : authorities) {
				if (authority instanceof OidcUserAuthority oidc) {
					mapped.addAll(OidcRoleMapping.authorities(oidc.getIdToken().getClaims(), properties.rolesClaim()));
					if (oidc.getUserInfo() != null) {
						mapped.addAll(
								OidcRoleMapping.authorities(oidc.getUserInfo().getClaims(), properties.rolesClaim()));
					}
				}
				else if (authority instanceof OAuth2UserAuthority oauth2) {
					mapped.addAll(OidcRoleMapping.authorities(oauth2.getAttributes(), properties.rolesClaim()));
				}
			}
			return mapped;
		};
	}

}
