package de.weitblick.infrastructure;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload larger than the limit is answered as everything else is: a problem detail in
 * the API, the form again with a German message on the pages. Through the real server,
 * whose container reads the upload.
 */
@WeitblickIntegrationTest
class UploadLimitTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/**
	 * Over the 21 MB a request may have.
	 */
	private static final int TOO_LARGE = 22 * 1024 * 1024;

	@LocalServerPort
	int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aReferralListOverTheLimitIsAProblemDetailNamingTheFile() throws Exception {
		HttpResponse<String> response = this.client
			.send(upload("/api/v1/participants/imports", null)
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("fachkraft:weitblick-demo".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"title\":\"Datei zu groß\"").contains("\"field\":\"file\"");
	}

	@Test
	void aReferralListOverTheLimitShowsTheFormAgainWithTheMessage() throws Exception {
		WeitblickHttpClient browser = new WeitblickHttpClient(base(), this.cookies);
		browser.signIn("fachkraft", "weitblick-demo");
		Matcher token = CSRF.matcher(browser.get("/participants/imports").body());
		assertThat(token.find()).isTrue();

		HttpResponse<String> answer = this.client
			.send(upload("/participants/imports", token.group(1)).header("Referer", base() + "/participants/imports")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(303);
		assertThat(answer.headers().firstValue("Location")).hasValue("/participants/imports");
		String form = browser.get("/participants/imports").body();
		assertThat(form).contains("id=\"error-summary\"")
			.contains("Die Datei ist zu groß. Dokumente dürfen höchstens 10 MB, Zuweisungslisten höchstens 20 MB "
					+ "groß sein.")
			.contains("aria-invalid=\"true\"");
	}

	@Test
	void aDocumentOverTheLimitShowsTheCaseFileAgainWithTheMessageAtTheFileField() throws Exception {
		HttpResponse<String> search = this.client
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/participants?size=1"))
				.header("Authorization", basic("fachkraft"))
				.build(), HttpResponse.BodyHandlers.ofString());
		Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(search.body());
		assertThat(id.find()).isTrue();
		String caseFile = "/participants/" + id.group(1);
		WeitblickHttpClient browser = new WeitblickHttpClient(base(), this.cookies);
		browser.signIn("fachkraft", "weitblick-demo");
		Matcher token = CSRF.matcher(browser.get(caseFile).body());
		assertThat(token.find()).isTrue();

		HttpResponse<String> answer = this.client.send(
				upload(caseFile + "/documents", token.group(1)).header("Referer", base() + caseFile).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(303);
		assertThat(browser.get(caseFile).body()).contains("id=\"document-file-error\"")
			.contains("Die Datei ist zu groß.");
	}

	private static String basic(String username) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":weitblick-demo").getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder upload(String path, String csrfToken) {
		String boundary = "----weitblick" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrfToken != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
					+ "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"liste.csv\"\r\n"
						+ "Content-Type: text/csv\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		byte[] rows = new byte[TOO_LARGE];
		Arrays.fill(rows, (byte) 'a');
		body.writeBytes(rows);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(base() + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
