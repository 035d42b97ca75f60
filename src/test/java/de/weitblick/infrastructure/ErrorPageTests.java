package de.weitblick.infrastructure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person and an API client see when something is wrong: a German page or a problem
 * detail, never a stack trace.
 */
@WeitblickIntegrationTest
class ErrorPageTests {

	@LocalServerPort
	int port;

	WeitblickHttpClient browser;

	@BeforeEach
	void signInAsCounsellor() throws Exception {
		this.browser = new WeitblickHttpClient("http://localhost:" + this.port);
		this.browser.signIn("fachkraft", "weitblick-demo");
	}

	@Test
	void aPageThatDoesNotExistShowsTheGermanNotFoundPage() throws Exception {
		var response = this.browser.get("/gibt-es-nicht", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Seite nicht gefunden").contains("Zur Startseite");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at de.weitblick");
	}

	@Test
	void aProjectThatDoesNotExistShowsTheNotFoundPage() throws Exception {
		var response = this.browser.get("/projects/019a0000-0000-7000-8000-0000000fffff", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Seite nicht gefunden");
	}

	@Test
	void aMalformedProjectAddressShowsTheBadRequestPage() throws Exception {
		var response = this.browser.get("/projects/kein-projekt", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Ungültige Anfrage").doesNotContain("Exception");
	}

	@Test
	void aPageTheRoleMayNotUseShowsTheGermanAccessDeniedPage() throws Exception {
		var response = this.browser.get("/admin/accounts", "Accept", "text/html");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Kein Zugriff").contains("Administration");
	}

	@Test
	void theLanguageSwitchOfTheAccessDeniedPageShowsThatPageInEnglish() throws Exception {
		var denied = this.browser.get("/admin/accounts", "Accept", "text/html");
		assertThat(denied.statusCode()).isEqualTo(403);
		Matcher english = Pattern.compile("href=\"([^\"]+)\" hreflang=\"en\"").matcher(denied.body());
		assertThat(english.find()).isTrue();
		String link = english.group(1).replace("&amp;", "&");
		assertThat(link).startsWith("/admin/accounts");

		var switched = this.browser.get(link, "Accept", "text/html");
		assertThat(switched.statusCode()).isEqualTo(403);
		assertThat(switched.body()).contains("Access denied").contains("Back to the start page");
	}

	@Test
	void anApiAddressThatDoesNotExistAnswersWithAProblemDetail() throws Exception {
		var response = this.browser.get("/api/v1/gibt-es-nicht", "Accept", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").contains("Seite nicht gefunden");
	}

}
