package de.weitblick.infrastructure;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form that was open too long is refused with the message that it expired and a way
 * back to it, never with "your role does not allow this"; signing out takes a sent form,
 * and then every page asks for signing in again.
 */
@WeitblickIntegrationTest
class SignOutAndExpiredFormTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	CookieManager cookies;

	WeitblickHttpClient browser;

	HttpClient forms;

	@BeforeEach
	void signInAsCounsellor() throws Exception {
		this.cookies = new CookieManager();
		this.browser = new WeitblickHttpClient(base(), this.cookies);
		assertThat(this.browser.signIn("fachkraft", "weitblick-demo").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		this.forms = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	@Test
	void aFormSentWithoutItsTokenSaysTheFormExpiredAndLeadsBackToThePage() throws Exception {
		var response = post("/notifications/read", null, "Accept", "text/html", "Referer", base() + "/notifications");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Formular abgelaufen")
			.contains("Das Formular ist abgelaufen")
			.contains("href=\"/notifications\"")
			.doesNotContain("Mit Ihrer Rolle dürfen Sie");
	}

	@Test
	void aFormSentWithAWrongTokenSaysTheFormExpiredInTheReadersLanguage() throws Exception {
		var response = post("/notifications/read", "abgelaufen", "Accept", "text/html", "Accept-Language", "en",
				"Referer", base() + "/notifications?page=2");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("The form has expired")
			.contains("href=\"/notifications?page=2\"")
			.doesNotContain("Your role does not permit");
	}

	@Test
	void anApiCallWithTheSessionButWithoutItsTokenIsAProblemDetailAboutTheToken() throws Exception {
		var response = post("/api/v1/notifications/" + java.util.UUID.randomUUID() + "/read", null, "Accept",
				"application/json");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"title\":\"Formular abgelaufen\"")
			.contains("CSRF-Token")
			.doesNotContain("Ihre Rolle");
	}

	@Test
	void signingOutEndsTheSessionAndTheNextPageAsksForSigningIn() throws Exception {
		assertThat(this.browser.get("/participants").statusCode()).isEqualTo(200);
		var signOut = post("/sign-out", csrfTokenOf("/participants"));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/?signed-out"));
		var next = this.browser.get("/participants");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in"));
	}

	@Test
	void openingTheSignOutAddressDoesNotSignOut() throws Exception {
		// A link or an image pointing there must not end somebody's session.
		assertThat(this.browser.get("/sign-out", "Accept", "text/html").statusCode()).isNotEqualTo(302);
		assertThat(this.browser.get("/participants").statusCode()).isEqualTo(200);
	}

	private String csrfTokenOf(String page) throws Exception {
		Matcher token = CSRF.matcher(this.browser.get(page).body());
		assertThat(token.find()).as("the page has a form with a CSRF token").isTrue();
		return token.group(1);
	}

	private HttpResponse<String> post(String path, String csrfToken, String... headers) throws Exception {
		String form = (csrfToken != null) ? "_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8) : "";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.forms.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
