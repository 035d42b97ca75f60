package de.weitblick.infrastructure.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no database URL is configured, Weitblick starts a private
 * PostgreSQL of its own so that a newcomer runs exactly the engine production runs. Its
 * data folder is kept between runs; the server stops with the application. A server that
 * a Weitblick killed without stopping it left on the folder is stopped first; a folder
 * that another running Weitblick uses is refused.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlConfigured.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * Held until the server has stopped: the server's bean depends on it, so it is closed
	 * after that one.
	 */
	@Bean(destroyMethod = "close")
	DataFolderLock embeddedDataFolderLock(EmbeddedDatabaseProperties properties) {
		try {
			Files.createDirectories(properties.dataDirectory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the embedded database folder " + properties.dataDirectory()
					+ "; set weitblick.embedded-database.data-directory to a writable folder", ex);
		}
		return DataFolderLock.acquire(properties.dataDirectory(), properties.temporary());
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, DataFolderLock folder) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDirectory())
			.setCleanDataDirectory(properties.temporary())
			// Spring stops the server itself, after the connection pool and the session
			// store:
			// a second shutdown hook would pull the database away from under them.
			.setRegisterShutdownHook(false);
		// Durable unless switched off; the library's own defaults are not.
		properties.effectiveServerSettings().forEach(builder::setServerConfig);
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} with its data in {}{}", postgres.getPort(),
				properties.dataDirectory(), properties.durable() ? "" : " (not durable: a crash may lose commits)");
		return postgres;
	}

	/**
	 * The pool takes the {@code spring.datasource.hikari.*} settings as a configured
	 * server's pool does, above all the connection timeout: a request waits that long for
	 * a connection at most, then is answered as temporarily unavailable.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("weitblick-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
