package de.weitblick.organisation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The time a sign-in takes does not tell which user names exist: an unknown user name, a
 * disabled, a locked and a password-less account cost exactly what a wrong password
 * costs, one password hash of the same algorithm and strength. Proven by counting the
 * hashes, not by timing them.
 */
@WeitblickIntegrationTest
class SignInEffortTests {

	private static final String ADDRESS = "203.0.113.9";

	@Autowired
	StaffAccountSignIn accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	CountingPasswordEncoder counting;

	PasswordSignIn signIn;

	String disabled;

	String locked;

	String withoutPassword;

	String weakHash;

	@BeforeEach
	void accounts() {
		this.counting = new CountingPasswordEncoder(this.passwords);
		this.signIn = new PasswordSignIn(this.accounts, this.counting, this.throttle, this.jdbc);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.disabled = account("gesperrt-" + suffix, this.passwords.encode("richtig"), false);
		this.locked = account("gesperrt-ip-" + suffix, this.passwords.encode("richtig"), true);
		this.withoutPassword = account("sso-" + suffix, null, true);
		this.weakHash = account("alt-" + suffix, "{bcrypt}" + new BCryptPasswordEncoder(4).encode("richtig"), true);
		OffsetDateTime inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
		this.jdbc.sql("UPDATE staff_account SET locked_until = :until WHERE username = :username")
			.param("until", inAnHour)
			.param("username", this.locked)
			.update();
		this.jdbc.sql("""
				INSERT INTO sign_in_failure (staff_account_id, client_address, failures, locked_until, last_failure)
				SELECT id, :address, 5, :until, now() FROM staff_account WHERE username = :username
				""").param("address", ADDRESS).param("until", inAnHour).param("username", this.locked).update();
	}

	@AfterEach
	void removeAccounts() {
		this.jdbc.sql("DELETE FROM staff_account WHERE username IN (:names)")
			.param("names", List.of(this.disabled, this.locked, this.withoutPassword, this.weakHash))
			.update();
	}

	@Test
	void anUnknownUserNameCostsOneHashOfTheStrengthOfAWrongPassword() {
		List<String> wrongPassword = hashesChecked("fachkraft", "falsch");
		assertThat(wrongPassword).hasSize(1);
		assertThat(hashesChecked("gibt-es-nicht-" + UUID.randomUUID(), "falsch")).isEqualTo(wrongPassword);
	}

	@Test
	void aDisabledALockedAndAPasswordlessAccountCostWhatAWrongPasswordCosts() {
		List<String> wrongPassword = hashesChecked("fachkraft", "falsch");
		assertThat(hashesChecked(this.disabled, "falsch")).isEqualTo(wrongPassword);
		assertThat(hashesChecked(this.disabled, "richtig")).isEqualTo(wrongPassword);
		assertThat(hashesChecked(this.locked, "richtig")).isEqualTo(wrongPassword);
		assertThat(hashesChecked(this.locked, "falsch")).isEqualTo(wrongPassword);
		assertThat(hashesChecked(this.withoutPassword, "irgendwas")).isEqualTo(wrongPassword);
	}

	@Test
	void newPasswordsAreHashedWithTheStrengthOfTheExistingAccounts() {
		String demoAccount = this.jdbc.sql("SELECT password_hash FROM staff_account WHERE username = 'fachkraft'")
			.query(String.class)
			.single();
		assertThat(shape(this.passwords.encode("neu"))).isEqualTo(shape(demoAccount));
	}

	@Test
	void aWeakerHashIsStrengthenedAtTheNextSignInByFormAndByHttpBasic() throws Exception {
		this.mvc.perform(get("/api/v1/projects").with(httpBasic(this.weakHash, "richtig"))).andExpect(status().isOk());
		assertThat(shape(storedHash(this.weakHash))).isEqualTo(shape(this.passwords.encode("neu")));
		this.jdbc.sql("UPDATE staff_account SET password_hash = :hash WHERE username = :username")
			.param("hash", "{bcrypt}" + new BCryptPasswordEncoder(4).encode("richtig"))
			.param("username", this.weakHash)
			.update();
		this.mvc.perform(formLogin("/sign-in").user(this.weakHash).password("richtig"))
			.andExpect(status().is3xxRedirection());
		assertThat(shape(storedHash(this.weakHash))).isEqualTo(shape(this.passwords.encode("neu")));
	}

	private List<String> hashesChecked(String username, String password) {
		this.counting.checked.clear();
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		attempt.setDetails(new WebAuthenticationDetails(ADDRESS, null));
		assertThatThrownBy(() -> this.signIn.authenticate(attempt)).isInstanceOf(AuthenticationException.class);
		return List.copyOf(this.counting.checked);
	}

	private String storedHash(String username) {
		return this.jdbc.sql("SELECT password_hash FROM staff_account WHERE username = :username")
			.param("username", username)
			.query(String.class)
			.single();
	}

	private String account(String username, String hash, boolean enabled) {
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, password_hash, role, enabled)
				VALUES (:id, 0, :username, 'Probe', :hash, 'COUNSELLOR', :enabled)
				""")
			.param("id", UUID.randomUUID())
			.param("username", username)
			.param("hash", hash)
			.param("enabled", enabled)
			.update();
		return username;
	}

	/**
	 * Algorithm and strength of a stored hash, such as {@code {bcrypt}$2a$12}: what a
	 * check of it costs.
	 */
	private static String shape(String hash) {
		int third = hash.indexOf('$', hash.indexOf('$', hash.indexOf('$') + 1) + 1);
		return (third > 0) ? hash.substring(0, third) : hash;
	}

	/** The application's encoder, with every check of a password noted. */
	static final class CountingPasswordEncoder implements PasswordEncoder {

		final List<String> checked = new ArrayList<>();

		private final PasswordEncoder encoder;

		CountingPasswordEncoder(PasswordEncoder encoder) {
			this.encoder = encoder;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return this.encoder.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.checked.add(shape(encodedPassword));
			return this.encoder.matches(rawPassword, encodedPassword);
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return this.encoder.upgradeEncoding(encodedPassword);
		}

	}

}
