package de.weitblick.infrastructure;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import de.weitblick.WeitblickApplication;
import de.weitblick.WeitblickHttpClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running Weitblick whose database goes away: requests are answered as temporarily
 * unavailable (a problem detail in the API, a German page for people) within the
 * connection timeout instead of hanging or refusing valid credentials, health says DOWN,
 * and everything works again once the database is back, without a restart.
 */
class DatabaseOutageTests {

	@TempDir
	static Path home;

	static ConfigurableApplicationContext application;

	static EmbeddedPostgres restarted;

	static int databasePort;

	static String baseUrl;

	final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void start() throws Exception {
		try (ServerSocket free = new ServerSocket(0)) {
			databasePort = free.getLocalPort();
		}
		Map<String, Object> properties = Map.of("server.port", "0", "weitblick.embedded-database.data-directory",
				home.resolve("postgres").toString(), "weitblick.embedded-database.port", databasePort,
				"weitblick.embedded-database.durable", "false", "spring.datasource.hikari.connection-timeout", "2000",
				"logging.level.io.zonky", "WARN");
		application = new SpringApplicationBuilder(WeitblickApplication.class).run(properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new));
		baseUrl = "http://localhost" + ":" + application.getEnvironment().getRequiredProperty("local.server.port");
	}

	@AfterAll
	static void stop() throws Exception {
		try {
			application.close();
		}
		finally {
			if (restarted != null) {
				restarted.close();
			}
		}
	}

	@Test
	void whileTheDatabaseIsDownRequestsAreAnsweredAsTemporarilyUnavailableAndWorkAgainOnceItIsBack() throws Exception {
		WeitblickHttpClient browser = new WeitblickHttpClient(baseUrl);
		assertThat(browser.signIn("fachkraft", "weitblick-demo").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		assertThat(api("/api/v1/projects").statusCode()).isEqualTo(200);

		application.getBean(EmbeddedPostgres.class).close();

		HttpResponse<String> refused = api("/api/v1/projects");
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("\"status\":503").contains("vorübergehend nicht verfügbar");
		assertThat(api("/api/v1/projects", "Accept-Language", "en").body()).contains("temporarily unavailable");

		HttpResponse<String> page = browser.get("/participants", "Accept", "text/html");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("<title>Vorübergehend nicht verfügbar").contains("nicht antwortet");

		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");

		restarted = EmbeddedPostgres.builder()
			.setDataDirectory(home.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setPort(databasePort)
			.start();

		// The pool tries again by itself, backing off between attempts: the first
		// request after the return may still come too early.
		awaitAnswered(200, "/api/v1/projects");
		assertThat(get("/actuator/health").body()).contains("UP");
		assertThat(browser.get("/participants").statusCode()).isEqualTo(200);
	}

	private void awaitAnswered(int status, String path) throws Exception {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		int answered = api(path).statusCode();
		while (answered != status && System.nanoTime() < deadline) {
			answered = api(path).statusCode();
		}
		assertThat(answered).isEqualTo(status);
	}

	@Test
	void whenNoConnectionIsFreeValidCredentialsAreAnsweredAsTemporarilyUnavailableNotAsRefused() throws Exception {
		HikariDataSource pool = (HikariDataSource) application.getBean(DataSource.class);
		List<Connection> taken = new ArrayList<>();
		try {
			for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
				taken.add(pool.getConnection());
			}
			HttpResponse<String> answer = api("/api/v1/projects");
			assertThat(answer.statusCode()).isEqualTo(503);
			assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
			assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		assertThat(api("/api/v1/projects").statusCode()).isEqualTo(200);
	}

	@Test
	void everyOperationOfTheApiDocumentsTheAnswerWhenTheDatabaseIsUnavailable() throws Exception {
		String description = get("/api/docs/openapi").body();
		Map<String, Map<String, Object>> paths = JsonPath.read(description, "$.paths");
		assertThat(paths).isNotEmpty();
		java.util.Set<String> methods = java.util.Set.of("get", "put", "post", "delete", "patch");
		paths.forEach((path, operations) -> operations.entrySet()
			.stream()
			.filter(operation -> methods.contains(operation.getKey()))
			.forEach(operation -> assertThat(JsonPath.<Object>read(operation.getValue(),
					"$.responses['503'].content['application/problem+json']"))
				.as("%s %s", operation.getKey(), path)
				.isNotNull()));
	}

	private HttpResponse<String> api(String path, String... headers) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString("fachkraft:weitblick-demo".getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", "Basic " + credentials);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
