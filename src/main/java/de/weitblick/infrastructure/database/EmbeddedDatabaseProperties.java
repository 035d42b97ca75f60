package de.weitblick.infrastructure.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no database URL is configured.
 *
 * @param dataDirectory the folder of the database cluster; it survives restarts
 * @param port the port to listen on, or 0 for any free port
 * @param temporary whether the data folder is deleted when the application stops (tests)
 * @param durable whether a commit waits until it is on disk ({@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on), so that a crash of the
 * machine or the server loses nothing committed; only throw-away databases (tests,
 * benchmarks) switch it off for speed
 * @param serverSettings settings of the PostgreSQL server itself, as in
 * {@code postgresql.conf}, for example {@code shared_preload_libraries}; none by default.
 * They win over {@code durable}.
 */
@ConfigurationProperties("weitblick.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("${user.home}/.weitblick/postgres") Path dataDirectory,
		@DefaultValue("0") int port, @DefaultValue("false") boolean temporary, @DefaultValue("true") boolean durable,
		Map<String, String> serverSettings) {

	public EmbeddedDatabaseProperties {
		serverSettings = (serverSettings != null) ? Map.copyOf(serverSettings) : Map.of();
	}

	/**
	 * The server settings the server starts with: the durability settings, then the
	 * explicit ones.
	 * @return never null
	 */
	public Map<String, String> effectiveServerSettings() {
		String on = this.durable ? "on" : "off";
		Map<String, String> settings = new java.util.LinkedHashMap<>();
		settings.put("fsync", on);
		settings.put("synchronous_commit", on);
		settings.put("full_page_writes", on);
		settings.putAll(this.serverSettings);
		return settings;
	}

}
