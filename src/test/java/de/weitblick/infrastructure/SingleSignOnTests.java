package de.weitblick.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.weitblick.organisation.ApiTokens;
import de.weitblick.organisation.StaffAccount;
import de.weitblick.organisation.StaffAccountChangeKind;
import de.weitblick.organisation.StaffAccountDetails;
import de.weitblick.organisation.StaffAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With an identity provider configured, people sign in through it and API clients send
 * its bearer tokens; the roles come from the token's roles claim. A person's first
 * sign-in creates their staff account in the team the team claim names. The identity
 * provider's token, key and user-info endpoints are served by a small server of the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SingleSignOnTests {

	private static final KeyPair IDENTITY_PROVIDER_KEYS = generateKeys();

	private static final String KEY_ID = "weitblick-test";

	private static final String ISSUER = "https://idp.example/realms/kassel";

	/** The team of the municipal labour-market promotion in the demo data. */
	private static final UUID TEAM_505 = UUID.fromString("019a0000-0000-7000-8000-000000001505");

	/** The social welfare office in the demo data, the team's parent unit. */
	private static final UUID UNIT_50 = UUID.fromString("019a0000-0000-7000-8000-000000001050");

	private static final IdentityProvider IDENTITY_PROVIDER = IdentityProvider.start();

	/** The demo data's partner account of the Jobcenter. */
	private static final UUID JOBCENTER = UUID.fromString("019a0000-0000-7000-8000-000000003007");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ApiTokens apiTokens;

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
		Path publicKey = Files.createTempFile("weitblick-idp", ".pem");
		publicKey.toFile().deleteOnExit();
		Files.writeString(publicKey,
				"-----BEGIN PUBLIC KEY-----\n"
						+ Base64.getMimeEncoder().encodeToString(IDENTITY_PROVIDER_KEYS.getPublic().getEncoded())
						+ "\n-----END PUBLIC KEY-----\n");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
		String provider = "spring.security.oauth2.client.provider.oidc.";
		registry.add(provider + "authorization-uri", () -> "https://idp.example/realms/kassel/auth");
		registry.add(provider + "token-uri", () -> IDENTITY_PROVIDER.address() + "/token");
		registry.add(provider + "jwk-set-uri", () -> IDENTITY_PROVIDER.address() + "/certs");
		registry.add(provider + "user-info-uri", () -> IDENTITY_PROVIDER.address() + "/userinfo");
		registry.add(provider + "user-name-attribute", () -> "preferred_username");
		String registration = "spring.security.oauth2.client.registration.oidc.";
		registry.add(registration + "client-id", () -> "weitblick");
		registry.add(registration + "client-secret", () -> "secret");
		registry.add(registration + "authorization-grant-type", () -> "authorization_code");
		registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add(registration + "scope", () -> "openid,profile");
	}

	@Test
	void theSignInPageOffersTheCitysSingleSignOn() throws Exception {
		this.mvc.perform(get("/sign-in"))
			.andExpect(content().string(containsString("Single Sign-on")))
			.andExpect(content().string(containsString("/oauth2/authorization/oidc")));
	}

	@Test
	void singleSignOnSendsThePersonToTheIdentityProvider() throws Exception {
		this.mvc.perform(get("/oauth2/authorization/oidc"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", startsWith("https://idp.example/realms/kassel/auth")))
			.andExpect(header().string("Location", containsString("client_id=weitblick")));
	}

	@Test
	void aBearerTokenWithARoleOpensWhatTheRoleMayUse() throws Exception {
		this.mvc.perform(get("/api/v1/focus-groups").header("Authorization", "Bearer " + token(List.of("COUNSELLOR"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("YOUNG_PEOPLE"));
		this.mvc
			.perform(get("/api/v1/staff-accounts").header("Authorization", "Bearer " + token(List.of("COUNSELLOR"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBearerTokenWithoutAKnownRoleOpensNothing() throws Exception {
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer " + token(List.of("unknown"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aForgedBearerTokenIsRefusedWithAProblemDetail() throws Exception {
		String forged = token(List.of("ADMINISTRATOR"), generateKeys());
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer " + forged))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void aPersonsFirstSingleSignOnCreatesTheirAccountInTheTeamTheTeamClaimNames() throws Exception {
		String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);

		assertThat(signInThroughTheIdentityProvider(username, List.of("counsellor"), "505")).isEqualTo("/");

		Map<String, Object> account = this.jdbc.sql("""
				SELECT role, organisational_unit_id, password_hash IS NULL AS no_password, display_name, email
				FROM staff_account WHERE username = :username
				""").param("username", username).query().singleRow();
		assertThat(account).containsEntry("role", "COUNSELLOR")
			.containsEntry("organisational_unit_id", TEAM_505)
			.containsEntry("no_password", true)
			.containsEntry("display_name", "Fachkraft " + username)
			.containsEntry("email", username + "@kassel.example");
		UUID id = accountId(username);
		assertThat(this.accounts.history(id)).singleElement()
			.satisfies(change -> assertThat(change.kind()).isEqualTo(StaffAccountChangeKind.PROVISIONED));
		assertThat(this.jdbc.sql("""
				SELECT action || ' ' || actor || ' ' || detail_key || ' ' || (detail_args ->> 1) FROM audit_event
				WHERE subject_id = :id AND subject_type = 'staff-account'
				""").param("id", id).query(String.class).list())
			.containsExactly("CREATE system privacy.detail.account-fields role, organisationalUnitId");
	}

	@Test
	void anAdministratorsChangeOfAProvisionedAccountOutlastsTheNextSingleSignOn() throws Exception {
		String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
		signInThroughTheIdentityProvider(username, List.of("COUNSELLOR"), "505");
		UUID id = accountId(username);
		StaffAccount account = this.accounts.account(id).orElseThrow();
		this.accounts.change(id, account.version(),
				new StaffAccountDetails(account.details().displayName(), null, account.details().role(), UNIT_50, null),
				"Wechsel in die Abteilungsleitung", "admin");

		assertThat(signInThroughTheIdentityProvider(username, List.of("COUNSELLOR"), "505")).isEqualTo("/");

		assertThat(this.accounts.account(id).orElseThrow().details().organisationalUnitId()).isEqualTo(UNIT_50);
	}

	@Test
	void aDisabledAccountSignsInNeitherThroughTheIdentityProviderNorWithABearerToken() throws Exception {
		String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
		signInThroughTheIdentityProvider(username, List.of("PROJECT_LEAD"), null);
		UUID id = accountId(username);
		String bearer = "Bearer " + token(username, List.of("PROJECT_LEAD"));
		this.mvc.perform(get("/api/v1/projects").header("Authorization", bearer)).andExpect(status().isOk());

		this.accounts.disable(id, this.accounts.account(id).orElseThrow().version(), "Ausgeschieden", "admin");

		assertThat(signInThroughTheIdentityProvider(username, List.of("PROJECT_LEAD"), null))
			.isEqualTo("/sign-in?error");
		this.mvc.perform(get("/api/v1/projects").header("Authorization", bearer))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void weitblicksOwnApiTokensWorkBesideTheIdentityProvidersTokens() throws Exception {
		String secret = this.apiTokens
			.issue(JOBCENTER, "Fachverfahren", LocalDate.now().plusDays(7), "Test neben Single Sign-on", "admin")
			.secret();
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer " + token(List.of("PARTNER"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer " + secret + "x"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	/**
	 * Goes through the authorisation code flow as a browser would.
	 * @return where Weitblick sends the person at the end
	 */
	private String signInThroughTheIdentityProvider(String username, List<String> roles, String team) throws Exception {
		MvcResult start = this.mvc.perform(get("/oauth2/authorization/oidc")).andReturn();
		Map<String, String> request = query(start.getResponse().getHeader("Location"));
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(username)
			.issuer(ISSUER)
			.audience("weitblick")
			.claim("nonce", request.get("nonce"))
			.claim("preferred_username", username)
			.claim("name", "Fachkraft " + username)
			.claim("email", username + "@kassel.example")
			.claim("roles", roles)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)));
		if (team != null) {
			claims.claim("team", team);
		}
		IDENTITY_PROVIDER.nextIdToken = sign(claims.build(), IDENTITY_PROVIDER_KEYS);
		IDENTITY_PROVIDER.nextSubject = username;
		MvcResult callback = this.mvc
			.perform(get("/login/oauth2/code/oidc").param("code", "code-" + username)
				.param("state", request.get("state"))
				.cookie(start.getResponse().getCookies()))
			.andReturn();
		return callback.getResponse().getRedirectedUrl();
	}

	private UUID accountId(String username) {
		return this.jdbc.sql("SELECT id FROM staff_account WHERE username = :username")
			.param("username", username)
			.query(UUID.class)
			.single();
	}

	private static Map<String, String> query(String url) {
		Map<String, String> parameters = new HashMap<>();
		for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
			int equals = pair.indexOf('=');
			parameters.put(pair.substring(0, equals),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return parameters;
	}

	private static String token(String subject, List<String> roles) throws JOSEException {
		return sign(new JWTClaimsSet.Builder().subject(subject)
			.issuer(ISSUER)
			.claim("roles", roles)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.build(), IDENTITY_PROVIDER_KEYS);
	}

	private static String sign(JWTClaimsSet claims, KeyPair keys) throws JOSEException {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		return jwt.serialize();
	}

	private static String token(List<String> roles) throws JOSEException {
		return token(roles, IDENTITY_PROVIDER_KEYS);
	}

	private static String token(List<String> roles, KeyPair keys) throws JOSEException {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("jobcenter-client")
			.issuer("https://idp.example/realms/kassel")
			.claim("roles", roles)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		return jwt.serialize();
	}

	private static KeyPair generateKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The identity provider's back channel: the token endpoint answers with the ID token
	 * the test prepared, the key endpoint with the provider's public key.
	 */
	private static final class IdentityProvider {

		private final HttpServer server;

		volatile String nextIdToken;

		volatile String nextSubject;

		private IdentityProvider(HttpServer server) {
			this.server = server;
		}

		static IdentityProvider start() {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
				IdentityProvider provider = new IdentityProvider(server);
				server.createContext("/token", exchange -> answer(exchange, """
						{"access_token": "access-%s", "token_type": "Bearer", "expires_in": 300, "scope": "openid",
						 "id_token": "%s"}
						""".formatted(UUID.randomUUID(), provider.nextIdToken)));
				server.createContext("/certs", exchange -> answer(exchange, new JWKSet(
						new RSAKey.Builder((RSAPublicKey) IDENTITY_PROVIDER_KEYS.getPublic()).keyID(KEY_ID).build())
					.toString()));
				server.createContext("/userinfo", exchange -> answer(exchange, """
						{"sub": "%s", "preferred_username": "%s"}
						""".formatted(provider.nextSubject, provider.nextSubject)));
				server.start();
				return provider;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String address() {
			return "http://localhost:" + this.server.getAddress().getPort();
		}

		private static void answer(HttpExchange exchange, String json) throws IOException {
			exchange.getRequestBody().readAllBytes();
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}

	}

}
