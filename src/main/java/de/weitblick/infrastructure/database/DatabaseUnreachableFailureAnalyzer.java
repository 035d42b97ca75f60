package de.weitblick.infrastructure.database;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Says in plain words why Weitblick did not start when the configured database does not
 * answer, instead of a page of stack trace. Nothing has been written at that point.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

	/** SQL state class 08: connection exceptions (PostgreSQL and JDBC). */
	private static final String CONNECTION_EXCEPTION = "08";

	/** SQL state 28: invalid authorisation (wrong user or password). */
	private static final String INVALID_AUTHORISATION = "28";

	private final Environment environment;

	DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String url = this.environment.getProperty("spring.datasource.url", "(embedded database)");
				if (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
					return new FailureAnalysis(
							"Weitblick cannot reach the database at " + url + ": " + sql.getMessage(),
							"Check that PostgreSQL runs and that SPRING_DATASOURCE_URL names the right host, port and "
									+ "database, or remove SPRING_DATASOURCE_URL to start on the embedded database. "
									+ "Nothing was written.",
							failure);
				}
				if (sql.getSQLState().startsWith(INVALID_AUTHORISATION)) {
					return new FailureAnalysis("The database at " + url + " refused the sign-in: " + sql.getMessage(),
							"Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. Nothing was written.",
							failure);
				}
			}
		}
		return null;
	}

}
