package de.weitblick.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Machine clients such as the Jobcenter's interface call the API with a token an
 * administrator issued, instead of a password per call: shown once, kept only as a hash,
 * with a name, an expiry date, its last use and a revocation, every issue and revocation
 * on record with who and why; and a token keeps working while somebody guesses the
 * account's password.
 */
@WeitblickIntegrationTest
class ApiTokenTests {

	private static final ZoneId OFFICE = ZoneId.of("Europe/Berlin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	SignInThrottlePolicy throttle;

	UUID partner;

	String username;

	@BeforeEach
	void aPartnerAccount() {
		this.partner = UUID.randomUUID();
		this.username = "schnittstelle-" + this.partner.toString().substring(0, 8);
		this.jdbc
			.sql("""
					INSERT INTO staff_account (id, version, username, display_name, password_hash, role, partner_organisation_id)
					SELECT :id, 0, :username, 'Schnittstelle Jobcenter', :hash, 'PARTNER', partner_organisation_id
					FROM staff_account WHERE username = 'jobcenter'
					""")
			.param("id", this.partner)
			.param("username", this.username)
			.param("hash", this.passwords.encode("partner-passwort"))
			.update();
	}

	@AfterEach
	void removeAccount() {
		this.jdbc.sql("DELETE FROM staff_account WHERE id = :id").param("id", this.partner).update();
	}

	@Test
	void anAdministratorIssuesATokenThatThePartnerCallsTheApiWithAndThatIsKeptOnlyAsAHash() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/api-tokens").with(admin())
				.contentType("application/json")
				.content(issue(this.partner, "Fachverfahren Jobcenter", LocalDate.now(OFFICE).plusDays(30),
						"Zuweisungen über die Schnittstelle")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.secret", startsWith("wbt_")))
			.andExpect(jsonPath("$.token.state").value("ACTIVE"))
			.andExpect(jsonPath("$.token.username").value(this.username))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = JsonPath.read(body, "$.secret");
		String id = JsonPath.read(body, "$.token.id");
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].shortName", org.hamcrest.Matchers.hasItem("InMigra")));
		// Only the hash is kept, and the token's use is noted.
		assertThat(this.jdbc.sql("SELECT secret_hash FROM api_token WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(byte[].class)
			.single()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		assertThat(this.jdbc.sql("SELECT count(*) FROM api_token WHERE row_to_json(api_token)::text LIKE :secret")
			.param("secret", "%" + secret.substring(4) + "%")
			.query(Integer.class)
			.single()).isZero();
		this.mvc.perform(get("/api/v1/api-tokens/{id}", id).with(admin()))
			.andExpect(jsonPath("$.lastUsedAt").isNotEmpty())
			.andExpect(jsonPath("$.secret").doesNotExist())
			.andExpect(content().string(not(containsString(secret))));
	}

	@Test
	void aRevokedOrExpiredTokenIsRefusedWithAProblemDetail() throws Exception {
		String secret = issueThroughApi();
		String other = issueThroughApi();
		UUID revoked = tokenOf(secret);
		this.mvc
			.perform(post("/api/v1/api-tokens/{id}/revocation", revoked).with(admin())
				.contentType("application/json")
				.content("{\"reason\": \"Schlüssel versehentlich weitergegeben\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REVOKED"))
			.andExpect(jsonPath("$.revokedBy").value("admin"));
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.jdbc.sql(
				"UPDATE api_token SET issued_at = now() - interval '2 days', expires_at = now() - interval '1 minute' WHERE id = :id")
			.param("id", tokenOf(other))
			.update();
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer " + other))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer wbt_ausgedacht"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenKeepsWorkingWhileTheAccountsPasswordIsGuessed() throws Exception {
		String secret = issueThroughApi();
		for (int attempt = 0; attempt < this.throttle.maxFailures(); attempt++) {
			this.mvc.perform(get("/api/v1/projects").with(httpBasic(this.username, "geraten")).with(from(ATTACKER)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc
			.perform(get("/api/v1/projects").with(httpBasic(this.username, "partner-passwort")).with(from(ATTACKER)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer " + secret).with(from(ATTACKER)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk());
	}

	@Test
	void issuingAndRevokingAreInTheAuditTrailWithWhoAndTheReasonsStayWithTheToken() throws Exception {
		String secret = issueThroughApi();
		UUID token = tokenOf(secret);
		this.mvc.perform(post("/api/v1/api-tokens/{id}/revocation", token).with(admin())
			.contentType("application/json")
			.content("{\"reason\": \"Vertrag beendet\"}"));
		this.mvc.perform(get("/api/v1/audit-events").param("subjectId", this.partner.toString()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].actor").value("admin"))
			.andExpect(jsonPath("$[0].action").value("UPDATE"))
			.andExpect(jsonPath("$[0].purpose").value("PERMISSION_ADMINISTRATION"))
			.andExpect(jsonPath("$[0].detailKey").value("privacy.detail.api-token-revoked"))
			.andExpect(jsonPath("$[1].action").value("CREATE"))
			.andExpect(jsonPath("$[1].detailKey").value("privacy.detail.api-token-issued"));
		this.mvc.perform(get("/api/v1/api-tokens").param("accountId", this.partner.toString()).with(admin()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].issuedBy").value("admin"))
			.andExpect(jsonPath("$[0].issueReason").value("Anbindung Fachverfahren"))
			.andExpect(jsonPath("$[0].revokeReason").value("Vertrag beendet"));
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsIssued() throws Exception {
		LocalDate today = LocalDate.now(OFFICE);
		this.mvc
			.perform(post("/api/v1/api-tokens").with(admin())
				.contentType("application/json")
				.content(issue(this.partner, " ", today.plusDays(30), "Grund")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.field").value("name"));
		this.mvc
			.perform(post("/api/v1/api-tokens").with(admin())
				.contentType("application/json")
				.content(issue(this.partner, "Test", today, "Grund")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("expiresOn"))
			.andExpect(jsonPath("$.detail").value("Das Ablaufdatum muss nach dem heutigen Tag liegen."));
		this.mvc
			.perform(post("/api/v1/api-tokens").with(admin())
				.contentType("application/json")
				.content(issue(this.partner, "Test", today.plusYears(2), "Grund")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("expiresOn"));
		this.mvc
			.perform(post("/api/v1/api-tokens").with(admin())
				.contentType("application/json")
				.content(issue(this.partner, "Test", today.plusDays(30), "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reason"));
		this.mvc
			.perform(post("/admin/api-tokens").with(admin())
				.param("accountId", this.partner.toString())
				.param("name", "Test")
				.param("expiresOn", today.minusDays(1).toString())
				.param("reason", "Grund"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Das Token wurde nicht ausgestellt")))
			.andExpect(content().string(containsString("href=\"#expiresOn\"")))
			.andExpect(content().string(containsString("Das Ablaufdatum muss nach dem heutigen Tag liegen.")));
		assertThat(tokensOfPartner()).isZero();
	}

	@Test
	void onlyAnAdministratorIssuesTokens() throws Exception {
		this.mvc
			.perform(post("/api/v1/api-tokens").with(httpBasic("jobcenter", "weitblick-demo"))
				.contentType("application/json")
				.content(issue(this.partner, "Selbst ausgestellt", LocalDate.now(OFFICE).plusDays(30), "Grund")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/api-tokens").with(user("jobcenter").roles("PARTNER")))
			.andExpect(status().isForbidden());
		assertThat(tokensOfPartner()).isZero();
	}

	@Test
	void onThePageTheSecretIsShownOnceAndTheTokenIsRevokedWithAReason() throws Exception {
		String page = this.mvc
			.perform(post("/admin/api-tokens").with(admin())
				.param("accountId", this.partner.toString())
				.param("name", "Fachverfahren Test")
				.param("expiresOn", LocalDate.now(OFFICE).plusDays(10).toString())
				.param("reason", "Testbetrieb"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Es wird nur dieses eine Mal angezeigt")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher shown = java.util.regex.Pattern.compile("(wbt_[A-Za-z0-9_-]{43})").matcher(page);
		assertThat(shown.find()).isTrue();
		String secret = shown.group(1);
		this.mvc.perform(get("/api/v1/focus-groups").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk());
		this.mvc.perform(get("/admin/api-tokens").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fachverfahren Test")))
			.andExpect(content().string(not(containsString(secret))));
		this.mvc
			.perform(post("/admin/api-tokens/{id}/revocation", tokenOf(secret)).with(admin())
				.param("reason", "Testbetrieb beendet"))
			.andExpect(redirectedUrl("/admin/api-tokens"));
		this.mvc.perform(get("/api/v1/focus-groups").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aMetricsScraperReadsThePrometheusFiguresWithAnAdministratorsToken() throws Exception {
		UUID administrator = this.jdbc.sql("SELECT id FROM staff_account WHERE username = 'admin'")
			.query(UUID.class)
			.single();
		String body = this.mvc
			.perform(post("/api/v1/api-tokens").with(admin())
				.contentType("application/json")
				.content(issue(administrator, "Prometheus", LocalDate.now(OFFICE).plusDays(30), "Metriken abholen")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = JsonPath.read(body, "$.secret");
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wbt_ausgedacht"))
			.andExpect(status().isUnauthorized());
	}

	/** Where somebody guesses passwords from. */
	private static final String ATTACKER = "198.51.100.77";

	private String issueThroughApi() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/api-tokens").with(admin())
				.contentType("application/json")
				.content(issue(this.partner, "Fachverfahren", LocalDate.now(OFFICE).plusDays(30),
						"Anbindung Fachverfahren")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.secret");
	}

	private UUID tokenOf(String secret) throws Exception {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		return this.jdbc.sql("SELECT id FROM api_token WHERE secret_hash = :hash")
			.param("hash", hash)
			.query(UUID.class)
			.single();
	}

	private int tokensOfPartner() {
		return this.jdbc.sql("SELECT count(*) FROM api_token WHERE staff_account_id = :id")
			.param("id", this.partner)
			.query(Integer.class)
			.single();
	}

	private static String issue(UUID account, String name, LocalDate expiresOn, String reason) {
		return """
				{"accountId": "%s", "name": "%s", "expiresOn": "%s", "reason": "%s"}
				""".formatted(account, name, expiresOn, reason);
	}

	private static RequestPostProcessor admin() {
		return request -> csrf().postProcessRequest(user("admin").roles("ADMINISTRATOR").postProcessRequest(request));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
