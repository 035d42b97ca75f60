package de.weitblick.infrastructure.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A Weitblick in a process of its own that starts the embedded database on a folder,
 * stores a row, says so on its output and then runs until it is killed; what a killed
 * application leaves behind.
 */
final class WeitblickKilledLater {

	static final String READY = "ready";

	private WeitblickKilledLater() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(Path.of(args[0]), 0, false, true,
				Map.of());
		EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
		EmbeddedPostgres postgres = configuration.embeddedPostgres(properties,
				configuration.embeddedDataFolderLock(properties));
		try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE kept (what text)");
			statement.execute("INSERT INTO kept VALUES ('committed before the kill')");
		}
		System.out.println(READY);
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
