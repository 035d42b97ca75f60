package de.weitblick.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and withdraws the permission to read and record health restrictions (Art. 9
 * GDPR), and keeps the record of every change with its reason. The permission is read
 * afresh on every access ({@link OrganisationManagement#maySeeHealthData}), so a
 * withdrawal takes effect with the next read.
 */
@Service
@Transactional
public class HealthDataPermissions {

	/** The longest reason accepted, as the column allows. */
	public static final int MAXIMUM_REASON_LENGTH = 500;

	private static final String CHANGES = """
			SELECT c.staff_account_id, a.username, c.granted, c.reason, c.changed_by, c.changed_at
			FROM health_data_permission_change c JOIN staff_account a ON a.id = c.staff_account_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	HealthDataPermissions(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Grants or withdraws the permission, provided it is still as the administrator saw
	 * it, and records the change.
	 * @param accountId must not be null
	 * @param grant true to grant, false to withdraw
	 * @param seenGranted whether the permission was granted when the administrator looked
	 * @param reason why; required, at most {@value #MAXIMUM_REASON_LENGTH} characters
	 * @param administrator the user name of who changes it, must not be null
	 * @throws NotFound when there is no such account
	 * @throws RuleViolation without a reason, with one too long, when nothing would
	 * change, or when the account's role may not hold the permission
	 * @throws OptimisticLockingFailureException when someone changed it in the meantime
	 */
	public void change(UUID accountId, boolean grant, boolean seenGranted, String reason, String administrator) {
		Role role = this.jdbc.sql("SELECT role FROM staff_account WHERE id = :id")
			.param("id", accountId)
			.query(String.class)
			.optional()
			.map(Role::valueOf)
			.orElseThrow(() -> new NotFound("organisation.account.not-found"));
		String cleanReason = (reason == null) ? "" : reason.strip();
		if (cleanReason.isEmpty()) {
			throw new RuleViolation("reason", "organisation.health-permission.rule.reason-required");
		}
		if (cleanReason.length() > MAXIMUM_REASON_LENGTH) {
			throw new RuleViolation("reason", "organisation.health-permission.rule.reason-too-long",
					MAXIMUM_REASON_LENGTH);
		}
		if (grant == seenGranted) {
			throw new RuleViolation(null, grant ? "organisation.health-permission.rule.already-granted"
					: "organisation.health-permission.rule.already-withdrawn");
		}
		// A withdrawal is always possible, so that a permission set in the database
		// before for the wrong role can be taken back.
		if (grant && !role.mayHoldHealthDataPermission()) {
			throw new RuleViolation(null, "organisation.health-permission.rule.role-not-eligible");
		}
		// Conditional on the state the administrator saw: of two administrators changing
		// it at once, the second is told rather than silently undoing the first.
		int changed = this.jdbc.sql("""
				UPDATE staff_account SET may_see_health_data = :grant, version = version + 1
				WHERE id = :id AND may_see_health_data = :seen
				""").param("grant", grant).param("id", accountId).param("seen", seenGranted).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException(
					"The health-data permission of " + accountId + " changed in the meantime");
		}
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					INSERT INTO health_data_permission_change (id, staff_account_id, granted, reason, changed_by, changed_at)
					VALUES (:id, :account, :granted, :reason, :by, :at)
					""")
			.param("id", TimeOrderedIds.next())
			.param("account", accountId)
			.param("granted", grant)
			.param("reason", cleanReason)
			.param("by", administrator)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		this.events.publishEvent(new HealthDataPermissionChanged(accountId, grant, cleanReason, administrator, now));
	}

	/**
	 * @param accountId must not be null
	 * @return whether the account holds the permission, or empty when there is no such
	 * account
	 */
	@Transactional(readOnly = true)
	public Optional<Boolean> granted(UUID accountId) {
		return this.jdbc.sql("SELECT may_see_health_data FROM staff_account WHERE id = :id")
			.param("id", accountId)
			.query(Boolean.class)
			.optional();
	}

	/**
	 * @param limit the most changes returned
	 * @return the latest changes of all accounts, newest first; never null
	 */
	@Transactional(readOnly = true)
	public List<HealthDataPermissionChange> history(int limit) {
		return this.jdbc.sql(CHANGES + " ORDER BY c.changed_at DESC, c.id DESC LIMIT :limit")
			.param("limit", limit)
			.query(HealthDataPermissions::change)
			.list();
	}

	/**
	 * @param accountId must not be null
	 * @return the changes of one account, newest first; never null
	 */
	@Transactional(readOnly = true)
	public List<HealthDataPermissionChange> history(UUID accountId) {
		return this.jdbc.sql(CHANGES + " WHERE c.staff_account_id = :account ORDER BY c.changed_at DESC, c.id DESC")
			.param("account", accountId)
			.query(HealthDataPermissions::change)
			.list();
	}

	private static HealthDataPermissionChange change(ResultSet rs, int row) throws SQLException {
		return new HealthDataPermissionChange(rs.getObject("staff_account_id", UUID.class), rs.getString("username"),
				rs.getBoolean("granted"), rs.getString("reason"), rs.getString("changed_by"),
				SqlTimes.instant(rs, "changed_at"));
	}

}
