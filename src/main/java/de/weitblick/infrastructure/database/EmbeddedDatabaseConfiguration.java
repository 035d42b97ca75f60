package de.weitblick.infrastructure.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no database URL is configured, Weitblick starts a private
 * PostgreSQL of its own so that a newcomer runs exactly the engine production runs. Its
 * data folder is kept between runs; the server stops with the application.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlConfigured.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		try {
			Files.createDirectories(properties.dataDirectory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the embedded database folder " + properties.dataDirectory()
					+ "; set weitblick.embedded-database.data-directory to a writable folder", ex);
		}
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDirectory())
			.setCleanDataDirectory(properties.temporary())
			// Spring stops the server itself, after the connection pool and the session
			// store:
			// a second shutdown hook would pull the database away from under them.
			.setRegisterShutdownHook(false);
		properties.serverSettings().forEach(builder::setServerConfig);
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} with its data in {}", postgres.getPort(),
				properties.dataDirectory());
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("weitblick-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
