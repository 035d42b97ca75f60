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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guessing passwords is slowed down: after five failures in a row from one address the
 * account is locked for that address, even for the right password, and the person is told
 * so in German; from other addresses the account still signs in.
 */
@WeitblickIntegrationTest
class SignInThrottleTests {

	@LocalServerPort
	int port;

	/** Where somebody guesses passwords from. */
	private static final String ATTACKER = "198.51.100.66";

	/** Where the account's owner signs in. */
	private static final String OFFICE = "192.0.2.10";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

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
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM sign_in_failure f JOIN staff_account a ON a.id = f.staff_account_id
				WHERE a.username = :username
				""").param("username", this.username).query(Integer.class).single()).isZero();
	}

	@Test
	void failuresFromOneAddressLockThatAddressOutWhileTheAccountStillSignsInFromAnother() throws Exception {
		for (int attempt = 0; attempt < this.policy.maxFailures(); attempt++) {
			this.mvc.perform(signIn("falsch", ATTACKER)).andExpect(redirectedUrl("/sign-in?error"));
		}
		// The guesser's address is locked out, even for the right password, by form
		// and by HTTP Basic alike.
		this.mvc.perform(signIn("richtig", ATTACKER)).andExpect(redirectedUrl("/sign-in?error"));
		this.mvc.perform(get("/api/v1/projects").with(httpBasic(this.username, "richtig")).with(from(ATTACKER)))
			.andExpect(status().isUnauthorized());
		// The person at the office signs in as usual, and the administration sees the
		// account as locked (for an address).
		this.mvc.perform(signIn("richtig", OFFICE)).andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/api/v1/projects").with(httpBasic(this.username, "richtig")).with(from(OFFICE)))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("SELECT locked_until > now() FROM staff_account WHERE username = :username")
			.param("username", this.username)
			.query(Boolean.class)
			.single()).isTrue();
		// The office's sign-in does not lift the lock of the guesser's address.
		this.mvc.perform(signIn("richtig", ATTACKER)).andExpect(redirectedUrl("/sign-in?error"));
	}

	@Test
	void liftingTheAccountsLockLiftsTheLockOfEveryAddress() throws Exception {
		for (int attempt = 0; attempt < this.policy.maxFailures(); attempt++) {
			this.mvc.perform(signIn("falsch", ATTACKER));
		}
		this.jdbc.sql("UPDATE staff_account SET locked_until = NULL, failed_sign_ins = 0 WHERE username = :username")
			.param("username", this.username)
			.update();
		this.mvc.perform(signIn("richtig", ATTACKER)).andExpect(redirectedUrl("/"));
	}

	private MockHttpServletRequestBuilder signIn(String password, String address) {
		return post("/sign-in").param("username", this.username)
			.param("password", password)
			.with(csrf())
			.with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
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
