package de.weitblick.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import de.weitblick.WeitblickApplication;
import de.weitblick.WeitblickHttpClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How Weitblick finds its database: its own PostgreSQL when none is configured, the
 * configured server otherwise, and a clear refusal when the configured server does not
 * answer.
 */
class DatabaseStartupTests {

	@TempDir
	Path dataDirectory;

	@Test
	void withoutADatabaseUrlWeitblickStartsItsOwnPostgresWithTheReferenceCaseAndKeepsTheDataAcrossARestart() {
		try (ConfigurableApplicationContext first = start(Map.of())) {
			assertThat(first.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
			JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
			assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 17");
			assertThat(
					jdbc.sql("SELECT count(*) FROM project WHERE short_name = 'InMigra'").query(Integer.class).single())
				.isEqualTo(1);
			assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE demo").query(Integer.class).single())
				.isEqualTo(12);
			jdbc.sql(
					"UPDATE partner_organisation SET description = 'kept across a restart' WHERE name = 'Jobcenter Stadt Kassel'")
				.update();
		}
		assertThat(Files.exists(this.dataDirectory.resolve("PG_VERSION"))).isTrue();
		try (ConfigurableApplicationContext second = start(Map.of())) {
			JdbcClient jdbc = JdbcClient.create(second.getBean(DataSource.class));
			assertThat(jdbc.sql("SELECT description FROM partner_organisation WHERE name = 'Jobcenter Stadt Kassel'")
				.query(String.class)
				.single()).isEqualTo("kept across a restart");
			assertThat(jdbc.sql("SELECT count(*) FROM project").query(Integer.class).single()).isEqualTo(11);
		}
	}

	@Test
	void aSecondInstanceOnTheSameDatabaseServesThePersonWhoSignedInAtTheFirst() throws Exception {
		try (ConfigurableApplicationContext first = start(Map.of())) {
			EmbeddedPostgres postgres = first.getBean(EmbeddedPostgres.class);
			try (ConfigurableApplicationContext second = start(
					Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
							"spring.datasource.username", "postgres", "weitblick.demo-data", "true"))) {
				assertThat(second.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
				var cookies = new java.net.CookieManager();
				var atFirst = new WeitblickHttpClient("http://localhost:" + port(first), cookies);
				var atSecond = new WeitblickHttpClient("http://localhost:" + port(second), cookies);
				assertThat(atFirst.signIn("projektleitung", "weitblick-demo").headers().firstValue("Location"))
					.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
				var projects = atSecond.get("/projects");
				assertThat(projects.statusCode()).isEqualTo(200);
				assertThat(projects.body()).contains("InMigra");
			}
		}
	}

	@Test
	void aDatabaseUrlThatDoesNotAnswerStopsTheStartInsteadOfFallingBackToAnotherDatabase() {
		assertThatThrownBy(() -> start(Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/weitblick",
				"spring.datasource.hikari.connection-timeout", "2000",
				"spring.datasource.hikari.initialization-fail-timeout", "2000")))
			.hasStackTraceContaining("Connection to 127.0.0.1:1 refused");
	}

	@Test
	void onADatabaseWithoutAccountsTheFirstAdministratorComesFromTheEnvironment() throws Exception {
		try (ConfigurableApplicationContext context = start(Map.of("weitblick.demo-data", "false",
				"weitblick.admin.username", "it-admin", "weitblick.admin.password", "lang-und-geheim-2026"))) {
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			assertThat(jdbc.sql("SELECT count(*) FROM staff_account").query(Integer.class).single()).isEqualTo(1);
			var browser = new WeitblickHttpClient("http://localhost:" + port(context));
			assertThat(browser.signIn("it-admin", "lang-und-geheim-2026").headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
			assertThat(browser.get("/admin/accounts").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aShortFirstAdministratorPasswordStopsTheStart() {
		assertThatThrownBy(() -> start(Map.of("weitblick.demo-data", "false", "weitblick.admin.username", "it-admin",
				"weitblick.admin.password", "kurz")))
			.hasStackTraceContaining("at least 12 characters");
	}

	private ConfigurableApplicationContext start(Map<String, Object> extra) {
		Map<String, Object> properties = new java.util.HashMap<>(
				Map.of("server.port", "0", "weitblick.embedded-database.data-directory", this.dataDirectory.toString(),
						"logging.level.io.zonky", "WARN"));
		properties.putAll(extra);
		// As command-line arguments, so they win over application.properties as they
		// would in operation.
		return new SpringApplicationBuilder(WeitblickApplication.class).run(properties.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

}
