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
 * @param serverSettings settings of the PostgreSQL server itself, as in
 * {@code postgresql.conf}, for example {@code shared_preload_libraries}; none by default
 */
@ConfigurationProperties("weitblick.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("${user.home}/.weitblick/postgres") Path dataDirectory,
		@DefaultValue("0") int port, @DefaultValue("false") boolean temporary, Map<String, String> serverSettings) {

	public EmbeddedDatabaseProperties {
		serverSettings = (serverSettings != null) ? Map.copyOf(serverSettings) : Map.of();
	}

}
