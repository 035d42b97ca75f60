package de.weitblick.infrastructure.database;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnreachableFailureAnalyzerTests {

	private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(
			new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/weitblick"));

	@Test
	void aDatabaseThatDoesNotAnswerIsNamedWithWhatToCheck() {
		var analysis = this.analyzer.analyze(new IllegalStateException("Flyway failed",
				new SQLException("Connection to db.example:5432 refused", "08001")));
		assertThat(analysis.getDescription())
			.contains("cannot reach the database at jdbc:postgresql://db.example:5432/weitblick");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL").contains("Nothing was written");
	}

	@Test
	void aRefusedSignInToTheDatabaseNamesTheCredentialSettings() {
		var analysis = this.analyzer
			.analyze(new IllegalStateException(new SQLException("password authentication failed", "28P01")));
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void otherFailuresAreLeftToSpringBoot() {
		assertThat(this.analyzer.analyze(new IllegalStateException("something else"))).isNull();
		assertThat(this.analyzer.analyze(new SQLException("syntax error", "42601"))).isNull();
	}

}
