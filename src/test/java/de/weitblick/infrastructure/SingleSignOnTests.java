package de.weitblick.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.weitblick.organisation.ApiTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With an identity provider configured, people sign in through it and API clients send
 * its bearer tokens; the roles come from the token's roles claim.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SingleSignOnTests {

	private static final KeyPair IDENTITY_PROVIDER_KEYS = generateKeys();

	/** The demo data's partner account of the Jobcenter. */
	private static final UUID JOBCENTER = UUID.fromString("019a0000-0000-7000-8000-000000003007");

	@Autowired
	MockMvc mvc;

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
		registry.add(provider + "token-uri", () -> "https://idp.example/realms/kassel/token");
		registry.add(provider + "jwk-set-uri", () -> "https://idp.example/realms/kassel/certs");
		registry.add(provider + "user-info-uri", () -> "https://idp.example/realms/kassel/userinfo");
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

}
