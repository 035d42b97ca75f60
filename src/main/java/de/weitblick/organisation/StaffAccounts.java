package de.weitblick.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of staff accounts: creating, changing, disabling and enabling them,
 * setting an initial password, unlocking them after repeated failed sign-ins, and the
 * owner's own password change. Every change names its reason (except the owner's own
 * password and the account a first single sign-on creates), is kept in the account's
 * history and announced with {@link StaffAccountChanged} for the audit trail, in the same
 * transaction. A change based on an old version is refused.
 */
@Service
@Transactional
public class StaffAccounts {

	/** The longest reason accepted, as the column allows. */
	public static final int MAXIMUM_REASON_LENGTH = 500;

	/** The longest user name accepted. */
	public static final int MAXIMUM_USERNAME_LENGTH = 100;

	/** The longest display name accepted. */
	public static final int MAXIMUM_DISPLAY_NAME_LENGTH = 200;

	/** The longest e-mail address accepted (RFC 5321). */
	public static final int MAXIMUM_EMAIL_LENGTH = 254;

	/** Letters, digits and the marks people use in user names; no spaces. */
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{2,99}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final String ACCOUNT = """
			SELECT id, version, username, display_name, email, role, organisational_unit_id, partner_organisation_id,
			       enabled, demo, password_hash IS NOT NULL AS has_password, password_change_required,
			       failed_sign_ins, locked_until, last_sign_in, may_see_health_data
			FROM staff_account
			""";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * @param id must not be null
	 * @return the account, or empty when there is none with this identifier
	 */
	@Transactional(readOnly = true)
	public Optional<StaffAccount> account(UUID id) {
		return this.jdbc.sql(ACCOUNT + " WHERE id = :id").param("id", id).query(StaffAccounts::account).optional();
	}

	/**
	 * @param id must not be null
	 * @return the account's history, newest first; never null
	 */
	@Transactional(readOnly = true)
	public List<StaffAccountChange> history(UUID id) {
		return this.jdbc.sql("""
				SELECT staff_account_id, kind, changed_fields, reason, changed_by, changed_at
				FROM staff_account_change WHERE staff_account_id = :id ORDER BY changed_at DESC, id DESC
				""").param("id", id).query((rs, row) -> {
			Array fields = rs.getArray("changed_fields");
			return new StaffAccountChange(rs.getObject("staff_account_id", UUID.class),
					StaffAccountChangeKind.valueOf(rs.getString("kind")),
					(fields != null) ? Arrays.asList((String[]) fields.getArray()) : List.of(), rs.getString("reason"),
					rs.getString("changed_by"), SqlTimes.instant(rs, "changed_at"));
		}).list();
	}

	/**
	 * Creates a local account with an initial password that its owner must change at the
	 * first sign-in.
	 * @param username unique regardless of case; letters, digits and {@code . _ @ -}
	 * @param details must not be null
	 * @param initialPassword at least {@value PasswordPolicy#MINIMUM_LENGTH} characters
	 * @param reason why; required
	 * @param administrator who creates it, must not be null
	 * @return the new account's identifier, never null
	 * @throws RuleViolation when a rule of the account is broken, naming the field
	 */
	public UUID create(String username, StaffAccountDetails details, String initialPassword, String reason,
			String administrator) {
		String name = (username == null) ? "" : username.strip();
		if (name.isEmpty()) {
			throw new RuleViolation("username", "organisation.account.rule.username-required");
		}
		if (name.length() > MAXIMUM_USERNAME_LENGTH || !USERNAME.matcher(name).matches()) {
			throw new RuleViolation("username", "organisation.account.rule.username-format");
		}
		if (usernameTaken(name)) {
			throw new RuleViolation("username", "organisation.account.rule.username-taken", name);
		}
		StaffAccountDetails clean = checked(details);
		PasswordPolicy.check("initialPassword", initialPassword, name);
		String cleanReason = reason(reason);
		UUID id = TimeOrderedIds.next();
		try {
			this.jdbc
				.sql("""
						INSERT INTO staff_account (id, version, username, display_name, email, password_hash, role,
						                           organisational_unit_id, partner_organisation_id, password_change_required)
						VALUES (:id, 0, :username, :displayName, :email, :hash, :role, :unit, :partner, TRUE)
						""")
				.param("id", id)
				.param("username", name)
				.param("displayName", clean.displayName())
				.param("email", clean.email())
				.param("hash", this.passwords.encode(initialPassword))
				.param("role", clean.role().name())
				.param("unit", clean.organisationalUnitId())
				.param("partner", clean.partnerOrganisationId())
				.update();
		}
		catch (DuplicateKeyException taken) {
			// Another administrator created the same user name a moment ago.
			throw new RuleViolation("username", "organisation.account.rule.username-taken", name);
		}
		record(id, StaffAccountChangeKind.CREATED, List.of(), cleanReason, administrator, Role.ADMINISTRATOR);
		return id;
	}

	/**
	 * Changes an account's name, e-mail, role, team or partner organisation.
	 * @param id must not be null
	 * @param version the version the administrator saw
	 * @param details must not be null
	 * @param reason why; required
	 * @param administrator who changes it, must not be null
	 * @throws NotFound when there is no such account
	 * @throws RuleViolation when a rule of the account is broken or nothing would change
	 * @throws OptimisticLockingFailureException when the account changed in the meantime
	 */
	public void change(UUID id, int version, StaffAccountDetails details, String reason, String administrator) {
		StaffAccount account = current(id, version);
		StaffAccountDetails clean = checked(details);
		String cleanReason = reason(reason);
		StaffAccountDetails before = account.details();
		List<String> fields = new ArrayList<>();
		addIfChanged(fields, "displayName", before.displayName(), clean.displayName());
		addIfChanged(fields, "email", before.email(), clean.email());
		addIfChanged(fields, "role", before.role(), clean.role());
		addIfChanged(fields, "organisationalUnitId", before.organisationalUnitId(), clean.organisationalUnitId());
		addIfChanged(fields, "partnerOrganisationId", before.partnerOrganisationId(), clean.partnerOrganisationId());
		if (fields.isEmpty()) {
			throw new RuleViolation(null, "organisation.account.rule.nothing-changed");
		}
		if (account.maySeeHealthData() && !clean.role().mayHoldHealthDataPermission()) {
			throw new RuleViolation("role", "organisation.account.rule.withdraw-health-permission-first");
		}
		if (before.role() == Role.ADMINISTRATOR && clean.role() != Role.ADMINISTRATOR && account.enabled()) {
			refuseLastAdministrator(id, "role");
		}
		update(id, version, """
				UPDATE staff_account SET display_name = :displayName, email = :email, role = :role,
				       organisational_unit_id = :unit, partner_organisation_id = :partner, version = version + 1
				WHERE id = :id AND version = :version
				""", clean);
		record(id, StaffAccountChangeKind.CHANGED, fields, cleanReason, administrator, Role.ADMINISTRATOR);
	}

	/**
	 * Disables an account: it can no longer sign in, and its open sessions are no longer
	 * accepted.
	 * @throws RuleViolation for the administrator's own account, the last enabled
	 * administrator, or an account already disabled
	 */
	public void disable(UUID id, int version, String reason, String administrator) {
		StaffAccount account = current(id, version);
		String cleanReason = reason(reason);
		if (!account.enabled()) {
			throw new RuleViolation(null, "organisation.account.rule.already-disabled");
		}
		if (account.username().equalsIgnoreCase(administrator)) {
			throw new RuleViolation(null, "organisation.account.rule.not-own-account");
		}
		if (account.details().role() == Role.ADMINISTRATOR) {
			refuseLastAdministrator(id, null);
		}
		update(id, version, "UPDATE staff_account SET enabled = FALSE, version = version + 1"
				+ " WHERE id = :id AND version = :version", null);
		record(id, StaffAccountChangeKind.DISABLED, List.of(), cleanReason, administrator, Role.ADMINISTRATOR);
	}

	/**
	 * Enables a disabled account again.
	 * @throws RuleViolation for an account that is enabled
	 */
	public void enable(UUID id, int version, String reason, String administrator) {
		StaffAccount account = current(id, version);
		String cleanReason = reason(reason);
		if (account.enabled()) {
			throw new RuleViolation(null, "organisation.account.rule.already-enabled");
		}
		update(id, version, "UPDATE staff_account SET enabled = TRUE, version = version + 1"
				+ " WHERE id = :id AND version = :version", null);
		record(id, StaffAccountChangeKind.ENABLED, List.of(), cleanReason, administrator, Role.ADMINISTRATOR);
	}

	/**
	 * Sets a new initial password that the owner must change at the next sign-in, and
	 * lifts a lock after repeated failed sign-ins.
	 * @throws RuleViolation when the password breaks the {@link PasswordPolicy}
	 */
	public void resetPassword(UUID id, int version, String initialPassword, String reason, String administrator) {
		StaffAccount account = current(id, version);
		PasswordPolicy.check("initialPassword", initialPassword, account.username());
		String cleanReason = reason(reason);
		int changed = this.jdbc.sql("""
				UPDATE staff_account SET password_hash = :hash, password_change_required = TRUE, failed_sign_ins = 0,
				       locked_until = NULL, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("hash", this.passwords.encode(initialPassword))
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("The account " + id + " changed in the meantime");
		}
		record(id, StaffAccountChangeKind.PASSWORD_RESET, List.of(), cleanReason, administrator, Role.ADMINISTRATOR);
	}

	/**
	 * Lifts the lock after repeated failed sign-ins, so the owner may sign in again at
	 * once.
	 * @throws RuleViolation for an account that is not locked
	 */
	public void unlock(UUID id, int version, String reason, String administrator) {
		StaffAccount account = current(id, version);
		String cleanReason = reason(reason);
		if (!account.lockedAt(this.clock.instant()) && account.failedSignIns() == 0) {
			throw new RuleViolation(null, "organisation.account.rule.not-locked");
		}
		update(id, version, "UPDATE staff_account SET failed_sign_ins = 0, locked_until = NULL, version = version + 1"
				+ " WHERE id = :id AND version = :version", null);
		record(id, StaffAccountChangeKind.UNLOCKED, List.of(), cleanReason, administrator, Role.ADMINISTRATOR);
	}

	/**
	 * The owner changes the own password, which ends the duty to change an initial one.
	 * @param username the signed-in owner, must not be null
	 * @param currentPassword must match the password stored
	 * @param newPassword must keep the {@link PasswordPolicy} and differ from the current
	 * one
	 * @throws NotFound when the owner has no local account
	 * @throws RuleViolation naming the field at fault
	 */
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		record Owner(UUID id, String username, String passwordHash, String role) {
		}
		Owner owner = this.jdbc
			.sql("SELECT id, username, password_hash, role FROM staff_account WHERE lower(username) = lower(:username)")
			.param("username", username)
			.query(Owner.class)
			.optional()
			.orElseThrow(() -> new NotFound("organisation.account.not-found"));
		if (owner.passwordHash() == null || currentPassword == null
				|| !this.passwords.matches(currentPassword, owner.passwordHash())) {
			throw new RuleViolation("currentPassword", "organisation.password.rule.current-wrong");
		}
		PasswordPolicy.check("newPassword", newPassword, owner.username());
		if (newPassword.equals(currentPassword)) {
			throw new RuleViolation("newPassword", "organisation.password.rule.unchanged");
		}
		this.jdbc.sql("""
				UPDATE staff_account SET password_hash = :hash, password_change_required = FALSE, version = version + 1
				WHERE id = :id
				""").param("hash", this.passwords.encode(newPassword)).param("id", owner.id()).update();
		record(owner.id(), StaffAccountChangeKind.PASSWORD_CHANGED, List.of(), null, owner.username(),
				Role.valueOf(owner.role()));
	}

	/**
	 * Gives a person who signs in through the identity provider for the first time a
	 * staff account, so that the parts of Weitblick that work with the own account (the
	 * team's caseload, notifications) know them; an administrator may adjust it later. An
	 * existing account is left as it is.
	 * @param username the user name the identity provider names, must not be null
	 * @param displayName the name to show, or null for the user name
	 * @param email may be null; ignored when it is no e-mail address
	 * @param role the role from the identity provider, or null when it names none that
	 * Weitblick knows (then no account is created)
	 * @param teamCode the code of the person's organisational unit, or null; a code that
	 * no unit has is ignored
	 * @return false when the account exists and is disabled, so sign-in must be refused
	 */
	public boolean provisionAtSingleSignOn(String username, String displayName, String email, Role role,
			String teamCode) {
		Optional<Boolean> enabled = this.jdbc
			.sql("SELECT enabled FROM staff_account WHERE lower(username) = lower(:username)")
			.param("username", username)
			.query(Boolean.class)
			.optional();
		if (enabled.isPresent()) {
			return enabled.get();
		}
		String name = username.strip();
		if (role == null || name.isEmpty() || name.length() > MAXIMUM_USERNAME_LENGTH) {
			return true;
		}
		String shown = (displayName == null || displayName.isBlank()) ? name : displayName.strip();
		shown = shown.substring(0, Math.min(shown.length(), MAXIMUM_DISPLAY_NAME_LENGTH));
		String mail = (email != null && email.length() <= MAXIMUM_EMAIL_LENGTH && EMAIL.matcher(email).matches())
				? email : null;
		UUID unit = (teamCode == null || teamCode.isBlank()) ? null
				: this.jdbc.sql("SELECT id FROM organisational_unit WHERE code = :code")
					.param("code", teamCode.strip())
					.query(UUID.class)
					.optional()
					.orElse(null);
		UUID id = TimeOrderedIds.next();
		// Two first sign-ins of one person at once create one account.
		int created = this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, email, role, organisational_unit_id)
				VALUES (:id, 0, :username, :displayName, :email, :role, :unit)
				ON CONFLICT DO NOTHING
				""")
			.param("id", id)
			.param("username", name)
			.param("displayName", shown)
			.param("email", mail)
			.param("role", role.name())
			.param("unit", unit)
			.update();
		if (created == 1) {
			record(id, StaffAccountChangeKind.PROVISIONED,
					(unit != null) ? List.of("role", "organisationalUnitId") : List.of("role"), null, name, null);
		}
		return true;
	}

	private StaffAccount current(UUID id, int version) {
		StaffAccount account = account(id).orElseThrow(() -> new NotFound("organisation.account.not-found"));
		if (account.version() != version) {
			throw new OptimisticLockingFailureException("The account " + id + " changed in the meantime");
		}
		return account;
	}

	private void update(UUID id, int version, String sql, StaffAccountDetails details) {
		var statement = this.jdbc.sql(sql).param("id", id).param("version", version);
		if (details != null) {
			statement = statement.param("displayName", details.displayName())
				.param("email", details.email())
				.param("role", details.role().name())
				.param("unit", details.organisationalUnitId())
				.param("partner", details.partnerOrganisationId());
		}
		if (statement.update() == 0) {
			throw new OptimisticLockingFailureException("The account " + id + " changed in the meantime");
		}
	}

	private void refuseLastAdministrator(UUID id, String field) {
		int others = this.jdbc
			.sql("SELECT count(*) FROM staff_account WHERE role = 'ADMINISTRATOR' AND enabled AND id <> :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		if (others == 0) {
			throw new RuleViolation(field, "organisation.account.rule.last-administrator");
		}
	}

	private boolean usernameTaken(String username) {
		return this.jdbc.sql("SELECT count(*) FROM staff_account WHERE lower(username) = lower(:username)")
			.param("username", username)
			.query(Integer.class)
			.single() > 0;
	}

	private StaffAccountDetails checked(StaffAccountDetails details) {
		String displayName = (details.displayName() == null) ? "" : details.displayName().strip();
		if (displayName.isEmpty()) {
			throw new RuleViolation("displayName", "organisation.account.rule.display-name-required");
		}
		if (displayName.length() > MAXIMUM_DISPLAY_NAME_LENGTH) {
			throw new RuleViolation("displayName", "organisation.account.rule.display-name-too-long",
					MAXIMUM_DISPLAY_NAME_LENGTH);
		}
		String email = (details.email() == null || details.email().isBlank()) ? null : details.email().strip();
		if (email != null && (email.length() > MAXIMUM_EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
			throw new RuleViolation("email", "organisation.account.rule.email-format");
		}
		Role role = details.role();
		if (role == null) {
			throw new RuleViolation("role", "organisation.account.rule.role-required");
		}
		UUID unit = details.organisationalUnitId();
		UUID partner = details.partnerOrganisationId();
		if (unit != null && exists("organisational_unit", unit) == 0) {
			throw new RuleViolation("organisationalUnitId", "organisation.account.rule.unit-unknown");
		}
		if (partner != null && exists("partner_organisation", partner) == 0) {
			throw new RuleViolation("partnerOrganisationId", "organisation.account.rule.partner-unknown");
		}
		if (role == Role.COUNSELLOR && unit == null) {
			throw new RuleViolation("organisationalUnitId", "organisation.account.rule.team-required");
		}
		if (role == Role.PARTNER && partner == null) {
			throw new RuleViolation("partnerOrganisationId", "organisation.account.rule.partner-required");
		}
		if (role != Role.PARTNER && partner != null) {
			throw new RuleViolation("partnerOrganisationId", "organisation.account.rule.partner-only-for-partners");
		}
		if (role == Role.PARTNER && unit != null) {
			throw new RuleViolation("organisationalUnitId", "organisation.account.rule.no-unit-for-partners");
		}
		return new StaffAccountDetails(displayName, email, role, unit, partner);
	}

	private int exists(String table, UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private static String reason(String reason) {
		String clean = (reason == null) ? "" : reason.strip();
		if (clean.isEmpty()) {
			throw new RuleViolation("reason", "organisation.account.rule.reason-required");
		}
		if (clean.length() > MAXIMUM_REASON_LENGTH) {
			throw new RuleViolation("reason", "organisation.account.rule.reason-too-long", MAXIMUM_REASON_LENGTH);
		}
		return clean;
	}

	private static void addIfChanged(List<String> fields, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			fields.add(field);
		}
	}

	private void record(UUID id, StaffAccountChangeKind kind, List<String> fields, String reason, String by,
			Role byRole) {
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					INSERT INTO staff_account_change (id, staff_account_id, kind, changed_fields, reason, changed_by, changed_at)
					VALUES (:id, :account, :kind, CAST(:fields AS text[]), :reason, :by, :at)
					""")
			.param("id", TimeOrderedIds.next())
			.param("account", id)
			.param("kind", kind.name())
			.param("fields", fields.toArray(String[]::new))
			.param("reason", reason)
			.param("by", by)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new StaffAccountChanged(id, kind, fields, by, byRole, now));
	}

	private static StaffAccount account(ResultSet rs, int row) throws SQLException {
		return new StaffAccount(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("username"),
				new StaffAccountDetails(rs.getString("display_name"), rs.getString("email"),
						Role.valueOf(rs.getString("role")), rs.getObject("organisational_unit_id", UUID.class),
						rs.getObject("partner_organisation_id", UUID.class)),
				rs.getBoolean("enabled"), rs.getBoolean("demo"), rs.getBoolean("has_password"),
				rs.getBoolean("password_change_required"), rs.getInt("failed_sign_ins"),
				SqlTimes.instant(rs, "locked_until"), SqlTimes.instant(rs, "last_sign_in"),
				rs.getBoolean("may_see_health_data"));
	}

}
