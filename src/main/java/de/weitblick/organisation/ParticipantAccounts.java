package de.weitblick.organisation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts participants sign in with (role {@link Role#PARTICIPANT}): opened by the
 * person when redeeming an invitation, with a password of their own, and closed when the
 * counsellor resets lost access. Which case file an account belongs to is the participant
 * module's business; here the account is only an account. Both changes are kept in the
 * account's history and announced with {@link StaffAccountChanged}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ParticipantAccounts {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,99}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final java.time.Clock clock;

	private final ApplicationEventPublisher events;

	ParticipantAccounts(JdbcClient jdbc, PasswordEncoder passwords, java.time.Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Opens a participant's account in the caller's transaction.
	 * @param username the user name the person chose; unique regardless of case
	 * @param password the person's password, kept as a hash; follows the
	 * {@link PasswordPolicy}
	 * @param email the address notifications are copied to, or null
	 * @return the account's identifier, never null
	 * @throws RuleViolation naming the field at fault ({@code username} or
	 * {@code password})
	 */
	public UUID open(String username, String password, String email) {
		String name = (username == null) ? "" : username.strip();
		if (name.isEmpty()) {
			throw new RuleViolation("username", "organisation.account.rule.username-required");
		}
		if (name.length() > StaffAccounts.MAXIMUM_USERNAME_LENGTH || !USERNAME.matcher(name).matches()) {
			throw new RuleViolation("username", "organisation.account.rule.username-format");
		}
		PasswordPolicy.check("password", password, name);
		String mail = (email != null && email.length() <= StaffAccounts.MAXIMUM_EMAIL_LENGTH
				&& EMAIL.matcher(email.strip()).matches()) ? email.strip() : null;
		boolean taken = this.jdbc.sql("SELECT count(*) FROM staff_account WHERE lower(username) = lower(:username)")
			.param("username", name)
			.query(Integer.class)
			.single() > 0;
		if (taken) {
			throw new RuleViolation("username", "organisation.account.rule.username-taken", name);
		}
		UUID id = TimeOrderedIds.next();
		try {
			this.jdbc.sql("""
					INSERT INTO staff_account (id, version, username, display_name, email, password_hash, role)
					VALUES (:id, 0, :username, :username, :email, :hash, 'PARTICIPANT')
					""")
				.param("id", id)
				.param("username", name)
				.param("email", mail)
				.param("hash", this.passwords.encode(password))
				.update();
		}
		catch (DuplicateKeyException raced) {
			throw new RuleViolation("username", "organisation.account.rule.username-taken", name);
		}
		record(id, StaffAccountChangeKind.CREATED, null, name, Role.PARTICIPANT);
		return id;
	}

	/**
	 * Closes a participant's account: it can no longer sign in, and its open sessions are
	 * no longer accepted. An account already closed, or one of another role, is left as
	 * it is.
	 * @param accountId must not be null
	 * @param reason why, must not be null
	 * @param by the counsellor who closes it, must not be null
	 */
	public void close(UUID accountId, String reason, String by) {
		int closed = this.jdbc.sql("""
				UPDATE staff_account SET enabled = FALSE, version = version + 1
				WHERE id = :id AND role = 'PARTICIPANT' AND enabled
				""").param("id", accountId).update();
		if (closed == 1) {
			record(accountId, StaffAccountChangeKind.DISABLED, reason, by, Role.COUNSELLOR);
		}
	}

	private void record(UUID id, StaffAccountChangeKind kind, String reason, String by, Role byRole) {
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					INSERT INTO staff_account_change (id, staff_account_id, kind, changed_fields, reason, changed_by, changed_at)
					VALUES (:id, :account, :kind, CAST(:fields AS text[]), :reason, :by, :at)
					""")
			.param("id", TimeOrderedIds.next())
			.param("account", id)
			.param("kind", kind.name())
			.param("fields", new String[0])
			.param("reason", reason)
			.param("by", by)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new StaffAccountChanged(id, kind, List.of(), by, byRole, now));
	}

}
