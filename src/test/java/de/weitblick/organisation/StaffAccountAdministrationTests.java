package de.weitblick.organisation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators create, change, disable and enable staff accounts, set initial passwords
 * and lift locks, on the account pages and in the API; every change names its reason, is
 * in the account's history and in the audit trail; a new account's owner must change the
 * initial password before anything else.
 */
@WeitblickIntegrationTest
class StaffAccountAdministrationTests {

	/** The demo data's team of the municipal labour-market promotion. */
	private static final String TEAM = "019a0000-0000-7000-8000-000000001505";

	/** The Jobcenter in the demo data. */
	private static final String JOBCENTER = "019a0000-0000-7000-8000-000000002001";

	private static final String INITIAL_PASSWORD = "Erstpasswort-2026!";

	private static final String OWN_PASSWORD = "mein-eigenes-Passwort-42";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignInThrottlePolicy throttle;

	String username;

	@BeforeEach
	void aNewUserName() {
		this.username = "fachkraft-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anAdministratorCreatesACounsellorWhoMustChangeTheInitialPasswordBeforeAnythingElse() throws Exception {
		UUID id = createOnThePage(this.username, "COUNSELLOR", TEAM, "");

		Person person = new Person();
		assertThat(location(person.client.signIn(this.username, INITIAL_PASSWORD))).doesNotContain("error");
		assertThat(location(person.client.get("/"))).endsWith("/account/password");
		assertThat(location(person.client.get("/participants"))).endsWith("/account/password");
		assertThat(location(person.client.get("/projects"))).endsWith("/account/password");
		assertThat(person.client.get("/account/password").body()).contains("Passwort ändern")
			.contains("von der Administration vergeben");
		HttpResponse<String> api = person.client.get("/api/v1/projects", "Authorization",
				basic(this.username, INITIAL_PASSWORD), "Accept-Language", "de");
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("muss erst geändert werden");

		HttpResponse<String> tooShort = person.changePassword(INITIAL_PASSWORD, "zu-kurz", "zu-kurz");
		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("mindestens 12 Zeichen");
		HttpResponse<String> username = person.changePassword(INITIAL_PASSWORD, this.username.toUpperCase(),
				this.username.toUpperCase());
		assertThat(username.body()).contains("nicht der Benutzername");
		HttpResponse<String> wrongCurrent = person.changePassword("falsch-falsch-falsch", OWN_PASSWORD, OWN_PASSWORD);
		assertThat(wrongCurrent.body()).contains("bisherige Passwort stimmt nicht");
		assertThat(location(person.changePassword(INITIAL_PASSWORD, OWN_PASSWORD, OWN_PASSWORD))).endsWith("/");

		assertThat(person.client.get("/participants").statusCode()).isEqualTo(200);
		assertThat(
				person.client.get("/api/v1/projects", "Authorization", basic(this.username, OWN_PASSWORD)).statusCode())
			.isEqualTo(200);
		assertThat(location(new Person().client.signIn(this.username, INITIAL_PASSWORD))).endsWith("/sign-in?error");
		this.mvc.perform(admin(get("/admin/accounts/{id}", id)))
			.andExpect(content().string(containsString("Passwort von der Person selbst geändert")))
			.andExpect(content().string(containsString("Neue Kollegin im Team 505")));
	}

	@Test
	void theAccountsPageLeadsToTheNewAccountFormAndToEachAccount() throws Exception {
		this.mvc.perform(admin(get("/admin/accounts")))
			.andExpect(content().string(containsString("Benutzerkonto anlegen")))
			.andExpect(content().string(containsString("href=\"/admin/accounts/new\"")))
			.andExpect(
					content().string(containsString("href=\"/admin/accounts/019a0000-0000-7000-8000-000000003001\"")));
		this.mvc.perform(admin(get("/admin/accounts/new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Benutzerkonto anlegen – Weitblick</title>")))
			// The roles come from the role list itself, each by its German name.
			.andExpect(content().string(containsString("<option value=\"PARTNER\">Partnerorganisation</option>")))
			.andExpect(content().string(containsString("<option value=\"ADMINISTRATOR\">Administration</option>")));
	}

	@Test
	void aNewAccountFormWithMistakesNamesEachOfThemInGermanAndCreatesNothing() throws Exception {
		this.mvc.perform(admin(post("/admin/accounts")).param("username", "").param("displayName", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Das Benutzerkonto wurde nicht gespeichert")))
			.andExpect(content().string(containsString("Bitte geben Sie einen Benutzernamen an.")))
			.andExpect(content().string(containsString("Bitte geben Sie einen Anzeigenamen an.")))
			.andExpect(content().string(containsString("Bitte wählen Sie eine Rolle.")))
			.andExpect(content().string(containsString("Bitte geben Sie eine Begründung an")))
			.andExpect(content().string(containsString("href=\"#username\"")));

		this.mvc.perform(newAccount(this.username, "COUNSELLOR", "", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fachkräfte brauchen ein Team")));
		this.mvc.perform(newAccount(this.username, "PARTNER", "", ""))
			.andExpect(content().string(containsString("Partnerzugänge gehören zu einer Partnerorganisation")));
		this.mvc.perform(newAccount("FACHKRAFT", "COUNSELLOR", TEAM, ""))
			.andExpect(content().string(containsString("Den Benutzernamen „FACHKRAFT“ gibt es schon")));
		this.mvc.perform(newAccount(this.username, "COUNSELLOR", TEAM, "", "kurz"))
			.andExpect(content().string(containsString("Das Passwort muss mindestens 12 Zeichen lang sein.")));
		this.mvc.perform(newAccount(this.username, "COUNSELLOR", TEAM, "", this.username.toUpperCase()))
			.andExpect(content().string(containsString("Das Passwort darf nicht der Benutzername sein.")));
		assertThat(accountsNamed(this.username)).isZero();
	}

	@Test
	void aPartnerAccountBelongsToItsPartnerOrganisation() throws Exception {
		UUID id = createOnThePage(this.username, "PARTNER", "", JOBCENTER);
		this.mvc.perform(admin(get("/api/v1/staff-accounts/{id}", id)))
			.andExpect(jsonPath("$.role").value("PARTNER"))
			.andExpect(jsonPath("$.partnerOrganisationId").value(JOBCENTER))
			.andExpect(jsonPath("$.organisationalUnitId").doesNotExist())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true));
	}

	@Test
	void anAdministratorChangesAnAccountWithAReasonAndAStaleFormIsRefused() throws Exception {
		UUID id = createOnThePage(this.username, "COUNSELLOR", TEAM, "");
		this.mvc.perform(change(id, 0, "PROJECT_LEAD", "Wechsel in die Projektleitung InMigra"))
			.andExpect(redirectedUrl("/admin/accounts/" + id))
			.andExpect(flash().attribute("messageKey", "organisation.account.changed"));
		// A second administrator still holding the form of version 0:
		this.mvc.perform(change(id, 0, "INSTRUCTOR", "Wechsel in die Werkstatt"))
			.andExpect(redirectedUrl("/admin/accounts/" + id))
			.andExpect(flash().attribute("errorKey", "organisation.account.changed-in-the-meantime"));
		this.mvc.perform(change(id, 1, "PROJECT_LEAD", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte geben Sie eine Begründung an")));
		this.mvc.perform(admin(get("/admin/accounts/{id}", id)))
			.andExpect(
					content().string(containsString("<title>Benutzerkonto " + this.username + " – Weitblick</title>")))
			.andExpect(content().string(containsString("Wechsel in die Projektleitung InMigra")))
			.andExpect(content().string(containsString("(Rolle)")))
			.andExpect(content().string(not(containsString("Wechsel in die Werkstatt"))));
		this.mvc.perform(admin(get("/api/v1/staff-accounts/{id}", id)))
			.andExpect(jsonPath("$.role").value("PROJECT_LEAD"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void theApiCreatesAndChangesAccountsWithTheSameRulesAndProblemDetails() throws Exception {
		MvcResult created = this.mvc.perform(api(post("/api/v1/staff-accounts")).content("""
				{"username": "%s", "displayName": "Fachkraft über die API", "email": "fk@kassel.de",
				 "role": "COUNSELLOR", "organisationalUnitId": "%s", "initialPassword": "%s",
				 "reason": "Neueinstellung zum 1. Januar"}
				""".formatted(this.username, TEAM, INITIAL_PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/staff-accounts/")))
			.andExpect(jsonPath("$.username").value(this.username))
			.andExpect(jsonPath("$.passwordChangeRequired").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn();
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		this.mvc.perform(api(post("/api/v1/staff-accounts")).content("""
				{"username": "%s", "displayName": "Doppelt", "role": "COUNSELLOR", "organisationalUnitId": "%s",
				 "initialPassword": "%s", "reason": "Doppelt"}
				""".formatted(this.username.toUpperCase(), TEAM, INITIAL_PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.field").value("username"))
			.andExpect(jsonPath("$.detail", containsString("gibt es schon")));
		this.mvc.perform(api(post("/api/v1/staff-accounts")).content("{\"username\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("role")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		this.mvc.perform(api(post("/api/v1/staff-accounts")).content("{\"role\": \"KAISER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));

		this.mvc.perform(api(put("/api/v1/staff-accounts/{id}", id)).content("""
				{"version": 0, "displayName": "Fachkraft über die API", "role": "COUNSELLOR",
				 "reason": "Team entfällt"}
				"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("organisationalUnitId"));
		this.mvc.perform(api(put("/api/v1/staff-accounts/{id}", id)).content("""
				{"version": 0, "displayName": "Fachkraft Team 505", "role": "COUNSELLOR",
				 "organisationalUnitId": "%s", "reason": "Name nach Heirat"}
				""".formatted(TEAM)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Fachkraft Team 505"))
			.andExpect(jsonPath("$.email").doesNotExist())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(api(put("/api/v1/staff-accounts/{id}", id)).content("""
				{"version": 0, "displayName": "Veraltet", "role": "COUNSELLOR",
				 "organisationalUnitId": "%s", "reason": "alter Stand"}
				""".formatted(TEAM)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(api(get("/api/v1/staff-accounts/{id}/history", id)))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].kind").value("CHANGED"))
			.andExpect(jsonPath("$[0].changedFields", hasItem("displayName")))
			.andExpect(jsonPath("$[0].reason").value("Name nach Heirat"))
			.andExpect(jsonPath("$[1].kind").value("CREATED"));
		this.mvc.perform(api(get("/api/v1/staff-accounts/{id}", UUID.randomUUID())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void onlyAnAdministratorCreatesAccounts() throws Exception {
		this.mvc
			.perform(post("/api/v1/staff-accounts").with(user("fachkraft").roles("COUNSELLOR"))
				.with(csrf())
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/accounts/new").with(user("fachkraft").roles("COUNSELLOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aResetPasswordReplacesTheOldOneAndMustBeChangedAgain() throws Exception {
		UUID id = createOnThePage(this.username, "COUNSELLOR", TEAM, "");
		Person person = new Person();
		person.client.signIn(this.username, INITIAL_PASSWORD);
		person.changePassword(INITIAL_PASSWORD, OWN_PASSWORD, OWN_PASSWORD);

		this.mvc
			.perform(admin(post("/admin/accounts/{id}/password-reset", id)).param("version", "1")
				.param("initialPassword", "Neues-Erstpasswort-7")
				.param("reason", "Passwort vergessen, telefonisch bestätigt"))
			.andExpect(redirectedUrl("/admin/accounts/" + id))
			.andExpect(flash().attribute("messageKey", "organisation.account.password-reset.done"));

		assertThat(location(new Person().client.signIn(this.username, OWN_PASSWORD))).endsWith("/sign-in?error");
		Person again = new Person();
		assertThat(location(again.client.signIn(this.username, "Neues-Erstpasswort-7"))).doesNotContain("error");
		assertThat(location(again.client.get("/participants"))).endsWith("/account/password");
		this.mvc.perform(admin(get("/admin/accounts/{id}", id)))
			.andExpect(content().string(containsString("Passwort zurückgesetzt")))
			.andExpect(content().string(containsString("Passwort vergessen, telefonisch bestätigt")));
	}

	@Test
	void anAdministratorLiftsTheLockAfterTooManyFailedSignIns() throws Exception {
		UUID id = createOnThePage(this.username, "COUNSELLOR", TEAM, "");
		Person person = new Person();
		for (int attempt = 0; attempt < this.throttle.maxFailures(); attempt++) {
			person.client.signIn(this.username, "falsch-geraten");
		}
		assertThat(location(person.client.signIn(this.username, INITIAL_PASSWORD))).endsWith("/sign-in?error");
		this.mvc.perform(admin(get("/admin/accounts/{id}", id)))
			.andExpect(content().string(containsString("gesperrt bis")))
			.andExpect(content().string(containsString("Sperre aufheben")));

		this.mvc.perform(admin(post("/admin/accounts/{id}/unlock", id)).param("version", "0").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte geben Sie eine Begründung an")));
		this.mvc
			.perform(admin(post("/admin/accounts/{id}/unlock", id)).param("version", "0")
				.param("reason", "Person am Telefon identifiziert"))
			.andExpect(flash().attribute("messageKey", "organisation.account.unlock.done"));

		assertThat(location(person.client.signIn(this.username, INITIAL_PASSWORD))).doesNotContain("error");
		this.mvc
			.perform(admin(post("/admin/accounts/{id}/unlock", id)).param("version", "1").param("reason", "nochmal"))
			.andExpect(content().string(containsString("Das Benutzerkonto ist nicht gesperrt.")));
	}

	@Test
	void aDisabledAccountCannotSignInAndItsOpenSessionEnds() throws Exception {
		UUID id = createOnThePage(this.username, "COUNSELLOR", TEAM, "");
		Person person = new Person();
		person.client.signIn(this.username, INITIAL_PASSWORD);
		person.changePassword(INITIAL_PASSWORD, OWN_PASSWORD, OWN_PASSWORD);
		assertThat(person.client.get("/participants").statusCode()).isEqualTo(200);

		this.mvc
			.perform(admin(post("/admin/accounts/{id}/disable", id)).param("version", "1")
				.param("reason", "Ausgeschieden zum 31. Dezember"))
			.andExpect(flash().attribute("messageKey", "organisation.account.disable.done"));

		assertThat(location(person.client.get("/participants"))).endsWith("/sign-in?error");
		assertThat(location(person.client.get("/projects"))).endsWith("/sign-in");
		assertThat(location(new Person().client.signIn(this.username, OWN_PASSWORD))).endsWith("/sign-in?error");
		assertThat(new Person().client.get("/api/v1/projects", "Authorization", basic(this.username, OWN_PASSWORD))
			.statusCode()).isEqualTo(401);

		this.mvc
			.perform(admin(post("/admin/accounts/{id}/enable", id)).param("version", "2")
				.param("reason", "Rückkehr aus der Elternzeit"))
			.andExpect(flash().attribute("messageKey", "organisation.account.enable.done"));
		assertThat(location(new Person().client.signIn(this.username, OWN_PASSWORD))).doesNotContain("error");
	}

	@Test
	void anAdministratorCannotDisableTheOwnAccount() throws Exception {
		UUID admin = this.jdbc.sql("SELECT id FROM staff_account WHERE username = 'admin'").query(UUID.class).single();
		int version = this.jdbc.sql("SELECT version FROM staff_account WHERE id = :id")
			.param("id", admin)
			.query(Integer.class)
			.single();
		this.mvc
			.perform(admin(post("/admin/accounts/{id}/disable", admin)).param("version", String.valueOf(version))
				.param("reason", "Versehen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sie können Ihr eigenes Benutzerkonto nicht deaktivieren.")));
	}

	@Test
	void everyChangeOfAnAccountIsInTheAuditTrailWithWhoAndWhat() throws Exception {
		UUID id = createOnThePage(this.username, "COUNSELLOR", TEAM, "");
		this.mvc.perform(change(id, 0, "PROJECT_LEAD", "Wechsel in die Projektleitung"));
		this.mvc.perform(admin(post("/admin/accounts/{id}/disable", id)).param("version", "1").param("reason", "Ende"));
		this.mvc.perform(admin(get("/api/v1/audit-events").param("subjectId", id.toString())))
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].actor").value("admin"))
			.andExpect(jsonPath("$[0].actorRole").value("ADMINISTRATOR"))
			.andExpect(jsonPath("$[0].action").value("UPDATE"))
			.andExpect(jsonPath("$[0].subjectType").value("staff-account"))
			.andExpect(jsonPath("$[0].purpose").value("PERMISSION_ADMINISTRATION"))
			.andExpect(jsonPath("$[0].detailKey").value("privacy.detail.account"))
			.andExpect(jsonPath("$[1].detailKey").value("privacy.detail.account-fields"))
			.andExpect(jsonPath("$[2].action").value("CREATE"))
			.andExpect(jsonPath("$[2].detailKey").value("privacy.detail.account"));
	}

	@Test
	void theApiDescriptionNamesEveryAnswerOfTheAccountOperations() throws Exception {
		this.mvc.perform(get("/api/docs/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/staff-accounts'].post.responses['201']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/staff-accounts'].post.responses['400']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/staff-accounts'].post.responses['422']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/staff-accounts/{id}'].put.responses['409']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/staff-accounts/{id}'].put.responses['403']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/staff-accounts/{id}/unlock'].post.responses['200']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/staff-accounts/{id}/unlock'].post.responses['401']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/staff-accounts/{id}/history'].get.responses['404']").exists());
	}

	private UUID createOnThePage(String username, String role, String unit, String partner) throws Exception {
		MvcResult result = this.mvc.perform(newAccount(username, role, unit, partner))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"))
			.andExpect(flash().attribute("messageKey", "organisation.account.created"))
			.andReturn();
		return UUID.fromString(result.getResponse().getRedirectedUrl().substring("/admin/accounts/".length()));
	}

	private MockHttpServletRequestBuilder newAccount(String username, String role, String unit, String partner) {
		return newAccount(username, role, unit, partner, INITIAL_PASSWORD);
	}

	private MockHttpServletRequestBuilder newAccount(String username, String role, String unit, String partner,
			String initialPassword) {
		return admin(post("/admin/accounts")).param("username", username)
			.param("displayName", "Neue Fachkraft")
			.param("email", "")
			.param("role", role)
			.param("organisationalUnitId", unit)
			.param("partnerOrganisationId", partner)
			.param("initialPassword", initialPassword)
			.param("reason", "Neue Kollegin im Team 505");
	}

	private MockHttpServletRequestBuilder change(UUID id, int version, String role, String reason) {
		return admin(post("/admin/accounts/{id}", id)).param("version", String.valueOf(version))
			.param("displayName", "Neue Fachkraft")
			.param("role", role)
			.param("organisationalUnitId", TEAM)
			.param("partnerOrganisationId", "")
			.param("reason", reason);
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(user("admin").roles("ADMINISTRATOR")).with(csrf()).header("Accept-Language", "de");
	}

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
		return admin(request).contentType("application/json");
	}

	private int accountsNamed(String username) {
		return this.jdbc.sql("SELECT count(*) FROM staff_account WHERE lower(username) = lower(:username)")
			.param("username", username)
			.query(Integer.class)
			.single();
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/**
	 * A person at a browser of their own: the session stays in its cookies.
	 */
	private final class Person {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		final CookieManager cookies = new CookieManager();

		final WeitblickHttpClient client = new WeitblickHttpClient(baseUrl(), this.cookies);

		private final HttpClient forms = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> changePassword(String current, String chosen, String repeated)
				throws IOException, InterruptedException {
			Matcher token = CSRF.matcher(this.client.get("/account/password", "Accept-Language", "de").body());
			assertThat(token.find()).as("the password form has a CSRF token").isTrue();
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("currentPassword", current);
			fields.put("newPassword", chosen);
			fields.put("repeatedPassword", repeated);
			fields.put("_csrf", token.group(1));
			String body = fields.entrySet()
				.stream()
				.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.forms.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/account/password"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept-Language", "de")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
