package de.weitblick.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.weitblick.shared.TimeOrderedIds;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator on a new production database, from
 * {@code WEITBLICK_ADMIN_USERNAME} and {@code WEITBLICK_ADMIN_PASSWORD}, so that somebody
 * can sign in before any account exists. Does nothing once an administrator exists.
 */
@Component
class InitialAdministrator {

	/** BSI recommends long passwords; twelve characters is the least we accept. */
	static final int MINIMUM_PASSWORD_LENGTH = 12;

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Environment environment;

	InitialAdministrator(JdbcClient jdbc, PasswordEncoder passwords, Environment environment) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.environment = environment;
	}

	@EventListener
	@Transactional
	void on(ApplicationStartedEvent event) {
		String username = this.environment.getProperty("weitblick.admin.username");
		String password = this.environment.getProperty("weitblick.admin.password");
		if (username == null || username.isBlank() || password == null) {
			return;
		}
		boolean administratorExists = this.jdbc.sql("SELECT count(*) FROM staff_account WHERE role = 'ADMINISTRATOR'")
			.query(Integer.class)
			.single() > 0;
		if (administratorExists) {
			return;
		}
		if (password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new IllegalStateException("weitblick.admin.password (WEITBLICK_ADMIN_PASSWORD) must have at least "
					+ MINIMUM_PASSWORD_LENGTH + " characters");
		}
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, password_hash, role)
				VALUES (:id, 0, :username, 'Administration', :hash, 'ADMINISTRATOR')
				""")
			.param("id", TimeOrderedIds.next())
			.param("username", username.strip())
			.param("hash", this.passwords.encode(password))
			.update();
		log.info("Created the first administrator account '{}'", username.strip());
	}

}
