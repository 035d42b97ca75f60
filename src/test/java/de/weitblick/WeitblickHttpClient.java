package de.weitblick;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the rendering: keeps cookies, follows no redirects, and
 * signs in through the real form with its CSRF token. For tests that need the real
 * servlet container (error pages, sessions shared between instances).
 */
public final class WeitblickHttpClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client;

	public WeitblickHttpClient(String baseUrl) {
		this(baseUrl, new CookieManager());
	}

	public WeitblickHttpClient(String baseUrl, CookieManager cookies) {
		this.baseUrl = baseUrl;
		// HTTP/1.1 as the server speaks it over plain HTTP (no upgrade offered on every
		// new
		// connection), and the answer read on the client's own thread instead of being
		// handed to a pool: the client's share of a measured request stays small.
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(Runnable::run)
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Signs in through the form as a person would.
	 * @return the answer to the form, a redirect on success and on failure
	 */
	public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get("/sign-in").body());
		if (!token.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF token");
		}
		return postForm("/sign-in", Map.of("username", username, "password", password, "_csrf", token.group(1)));
	}

	/**
	 * Signs out through the button every page has.
	 * @return the answer, a redirect to the start page
	 */
	public HttpResponse<String> signOut() throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get("/notifications").body());
		if (!token.find()) {
			throw new IllegalStateException("The page has no CSRF token to sign out with");
		}
		return postForm("/sign-out", Map.of("_csrf", token.group(1)));
	}

	/** Sends a form as a browser does, without following the answer's redirect. */
	private HttpResponse<String> postForm(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String form = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
