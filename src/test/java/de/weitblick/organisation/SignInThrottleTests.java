package de.weitblick.organisation;

import java.util.UUID;

import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords is slowed down: after five failures in a row the account is locked,
 * even for the right password, and the person is told so in German.
 */
@WeitblickIntegrationTest
class SignInThrottleTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	SignInThrottlePolicy policy;

	String username;

	@BeforeEach
	void createAccount() {
		this.username = "probe-" + UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, password_hash, role)
				VALUES (:id, 0, :username, 'Probe', :hash, 'COUNSELLOR')
				""")
			.param("id", UUID.randomUUID())
			.param("username", this.username)
			.param("hash", this.passwords.encode("richtig"))
			.update();
	}

	@AfterEach
	void removeAccount() {
		this.jdbc.sql("DELETE FROM staff_account WHERE username = :username").param("username", this.username).update();
	}

	@Test
	void theRightPasswordSignsInAndAWrongOneIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
		var browser = browser();
		assertThat(location(browser.signIn(this.username, "falsch"))).endsWith("/sign-in?error");
		assertThat(location(browser.signIn("gibt-es-nicht", "falsch"))).endsWith("/sign-in?error");
		assertThat(browser.get("/sign-in?error").body()).contains("Benutzername oder Passwort ist falsch");
		assertThat(location(browser.signIn(this.username, "richtig"))).doesNotContain("error");
	}

	@Test
	void fiveFailuresInARowLockTheAccountEvenForTheRightPasswordWithoutSayingSo() throws Exception {
		var browser = browser();
		for (int attempt = 0; attempt < this.policy.maxFailures(); attempt++) {
			browser.signIn(this.username.toUpperCase(), "falsch");
		}
		assertThat(location(browser.signIn(this.username, "richtig"))).endsWith("/sign-in?error");
		assertThat(this.jdbc.sql("SELECT locked_until IS NOT NULL FROM staff_account WHERE username = :username")
			.param("username", this.username)
			.query(Boolean.class)
			.single()).isTrue();
		// The answer is the same as for a wrong password, so the lock tells a guesser
		// nothing.
		assertThat(browser.get("/sign-in?error").body()).contains("vorübergehend gesperrt");
	}

	@Test
	void aSuccessfulSignInResetsTheCountOfFailures() throws Exception {
		var browser = browser();
		for (int attempt = 0; attempt < this.policy.maxFailures() - 1; attempt++) {
			browser.signIn(this.username, "falsch");
		}
		assertThat(location(browser.signIn(this.username, "richtig"))).doesNotContain("error");
		assertThat(this.jdbc.sql("SELECT failed_sign_ins FROM staff_account WHERE username = :username")
			.param("username", this.username)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		this.jdbc.sql("UPDATE staff_account SET enabled = FALSE WHERE username = :username")
			.param("username", this.username)
			.update();
		assertThat(location(browser().signIn(this.username, "richtig"))).endsWith("/sign-in?error");
	}

	private WeitblickHttpClient browser() {
		return new WeitblickHttpClient("http://localhost:" + this.port);
	}

	private static String location(java.net.http.HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

}
