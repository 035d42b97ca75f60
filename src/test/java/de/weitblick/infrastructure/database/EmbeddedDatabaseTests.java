package de.weitblick.infrastructure.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL on its data folder: durable by default, a server that a killed
 * Weitblick left running is stopped and the data kept, and a folder another running
 * Weitblick uses is refused with an explanation.
 */
class EmbeddedDatabaseTests {

	/** Holds the data folder and its lock file beside it. */
	@TempDir
	Path home;

	Path dataDirectory;

	final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

	@BeforeEach
	void dataDirectory() {
		this.dataDirectory = this.home.resolve("postgres");
	}

	@Test
	void theEmbeddedServerWritesEveryCommitToDiskUnlessSwitchedOffExplicitly() throws Exception {
		try (Running durable = start(properties(true))) {
			assertThat(durable.setting("fsync")).isEqualTo("on");
			assertThat(durable.setting("synchronous_commit")).isEqualTo("on");
			assertThat(durable.setting("full_page_writes")).isEqualTo("on");
		}
		try (Running fast = start(properties(false))) {
			assertThat(fast.setting("fsync")).isEqualTo("off");
			assertThat(fast.setting("synchronous_commit")).isEqualTo("off");
		}
	}

	@Test
	void aServerLeftRunningByAKilledWeitblickIsStoppedAndStartedAfreshWithItsDataButAFolderInUseIsRefused()
			throws Exception {
		Process weitblick = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
				System.getProperty("java.class.path"), WeitblickKilledLater.class.getName(),
				this.dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		try {
			awaitReady(weitblick);

			// While that Weitblick runs, its folder is not taken over.
			assertThatThrownBy(() -> this.configuration.embeddedDataFolderLock(properties(true)))
				.isInstanceOfSatisfying(EmbeddedDatabaseInUse.class, inUse -> {
					FailureAnalysis analysis = new EmbeddedDatabaseInUseFailureAnalyzer().analyze(inUse);
					assertThat(analysis.getDescription())
						.contains("wird von einer anderen laufenden Weitblick-Instanz (Prozess " + weitblick.pid()
								+ ") benutzt")
						.contains("is used by another running Weitblick (process " + weitblick.pid() + ")")
						.contains(this.dataDirectory.toString());
					assertThat(analysis.getAction()).contains("WEITBLICK_DATA_DIR");
				});

			weitblick.destroyForcibly();
			weitblick.waitFor(60, TimeUnit.SECONDS);
			long leftBehind = postmaster();
			assertThat(ProcessHandle.of(leftBehind)).as("the server outlives the killed application")
				.hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());

			try (Running restarted = start(properties(true))) {
				assertThat(restarted.jdbc().sql("SELECT what FROM kept").query(String.class).list())
					.containsExactly("committed before the kill");
				assertThat(ProcessHandle.of(leftBehind).filter(ProcessHandle::isAlive)).isEmpty();
				assertThat(postmaster()).isNotEqualTo(leftBehind);
			}
		}
		finally {
			weitblick.destroyForcibly();
		}
	}

	private static void awaitReady(Process weitblick) throws Exception {
		BufferedReader output = new BufferedReader(
				new InputStreamReader(weitblick.getInputStream(), StandardCharsets.UTF_8));
		List<String> seen = new java.util.ArrayList<>();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.equals(WeitblickKilledLater.READY)) {
				// Its further output is not read: nothing is written until it is killed.
				return;
			}
			seen.add(line);
		}
		throw new AssertionError("The Weitblick to be killed did not start: " + String.join("\n", seen));
	}

	private long postmaster() throws Exception {
		return Long.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).strip());
	}

	private EmbeddedDatabaseProperties properties(boolean durable) {
		return new EmbeddedDatabaseProperties(this.dataDirectory, 0, false, durable, Map.of());
	}

	private Running start(EmbeddedDatabaseProperties properties) throws Exception {
		DataFolderLock lock = this.configuration.embeddedDataFolderLock(properties);
		try {
			return new Running(this.configuration.embeddedPostgres(properties, lock), lock);
		}
		catch (Exception | Error ex) {
			lock.close();
			throw ex;
		}
	}

	/** A server started by the configuration, stopped as the application stops it. */
	private record Running(EmbeddedPostgres postgres, DataFolderLock lock) implements AutoCloseable {

		JdbcClient jdbc() {
			return JdbcClient.create(this.postgres.getPostgresDatabase());
		}

		String setting(String name) {
			return jdbc().sql("SELECT current_setting(:name)").param("name", name).query(String.class).single();
		}

		@Override
		public void close() throws Exception {
			try {
				this.postgres.close();
			}
			finally {
				this.lock.close();
			}
		}

	}

}
