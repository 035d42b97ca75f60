package de.weitblick.infrastructure.security;

import java.util.HashSet;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffAccounts;
import de.weitblick.privacy.AuditTrail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may do what: three filter chains for the API, the operations endpoints and the
 * pages. Local accounts sign in with a form (pages) or HTTP Basic (API); an OpenID
 * Connect provider takes over when it is configured.
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

	@Bean
	PasswordEncoder passwordEncoder() {
		// Delegating: stores Argon2 or BCrypt hashes with their id prefix, so the
		// algorithm can change later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
			AuditTrail audit) throws Exception {
		AccessDeniedHandler refused = new RefusedCaseFileReadsAudited(problems, audit);
		http.securityMatcher("/api/**").authorizeHttpRequests(requests -> {
			requests.requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll();
			// Staff and partners read the units; only administrators change them and read
			// why they changed.
			String administrator = Role.ADMINISTRATOR.authority();
			requests.requestMatchers(HttpMethod.POST, "/api/v1/organisational-units/**").hasAuthority(administrator);
			requests.requestMatchers(HttpMethod.PUT, "/api/v1/organisational-units/**").hasAuthority(administrator);
			requests.requestMatchers("/api/v1/organisational-units/*/changes").hasAuthority(administrator);
			authorizeAreas(requests);
			requests.anyRequest().authenticated();
		})
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(refused))
			// Clients that authenticate every request with a header are not exposed to
			// CSRF.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.addFilterBefore(new AccountStandingFilter(signedIn, problems, true), AuthorizationFilter.class);
		if (jwtDecoder.getIfAvailable() != null) {
			JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
			converter.setJwtGrantedAuthoritiesConverter(
					jwt -> OidcRoleMapping.authorities(jwt.getClaims(), properties.rolesClaim()));
			http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(refused));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operationsSecurity(HttpSecurity http, ProblemDetailSecurityHandlers problems) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMINISTRATOR"))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(csrf -> csrf.disable());
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
			authorizeAreas(requests);
			requests.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.defaultSuccessUrl("/", false)
				.failureHandler(failureHandler)
				.permitAll())
			.exceptionHandling(exceptions -> exceptions
				.accessDeniedHandler(new RefusedCaseFileReadsAudited(new AccessDeniedHandlerImpl(), audit)))
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
