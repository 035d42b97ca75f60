package de.weitblick.matching;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The side constraints of a team's matching runs, per scope: minimum shares of places per
 * focus group and whether open proposals of the run before are kept. Locks and exclusions
 * are decisions on single proposals ({@link MatchingRuns#decide}).
 */
@Service
public class MatchingSettings {

	private final JdbcClient jdbc;

	private final Clock clock;

	MatchingSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the settings of the viewer's team for the scope; the defaults (keep, no
	 * quota) when none were set
	 */
	@Transactional(readOnly = true)
	public RunSettings of(StaffMember viewer, RunScope scope) {
		String key = scope.keyOf(viewer);
		Integer version = this.jdbc.sql("SELECT version FROM matching_setting WHERE scope_key = :key")
			.param("key", key)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (version == null) {
			return new RunSettings(scope, 0, true, Map.of());
		}
		boolean keep = this.jdbc.sql("SELECT keep_earlier FROM matching_setting WHERE scope_key = :key")
			.param("key", key)
			.query(Boolean.class)
			.single();
		Map<FocusGroupCode, Integer> quotas = new TreeMap<>();
		this.jdbc.sql("SELECT focus_group, minimum_percent FROM matching_quota WHERE scope_key = :key")
			.param("key", key)
			.query((rs, n) -> quotas.put(FocusGroupCode.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return new RunSettings(scope, version, keep, quotas);
	}

	/**
	 * Changes the settings of the viewer's team for the scope; the next run uses them.
	 * @param expectedVersion the version the viewer read
	 * @throws RuleViolation when the viewer may not match, a share is below 1 or above
	 * 100, or the shares add up to more than 100
	 * @throws OptimisticLockingFailureException when someone changed them in the meantime
	 */
	@Transactional
	public void change(StaffMember viewer, RunScope scope, int expectedVersion, boolean keepEarlier,
			Map<FocusGroupCode, Integer> quotas) {
		if (!MatchingAccess.mayMatch(viewer)) {
			throw new RuleViolation(null, "matching.rule.may-not-match");
		}
		int total = 0;
		for (Map.Entry<FocusGroupCode, Integer> quota : quotas.entrySet()) {
			if (quota.getValue() == null || quota.getValue() < 1 || quota.getValue() > 100) {
				throw new RuleViolation("quotas[" + quota.getKey().name() + "]", "matching.rule.quota-range");
			}
			total += quota.getValue();
		}
		if (total > 100) {
			throw new RuleViolation(null, "matching.rule.quota-total", total);
		}
		String key = scope.keyOf(viewer);
		java.sql.Timestamp now = java.sql.Timestamp.from(this.clock.instant());
		int changed;
		if (expectedVersion == 0) {
			changed = this.jdbc.sql("""
					INSERT INTO matching_setting (scope_key, version, keep_earlier, updated_by, updated_at)
					VALUES (:key, 1, :keep, :by, :at) ON CONFLICT (scope_key) DO NOTHING
					""")
				.param("key", key)
				.param("keep", keepEarlier)
				.param("by", viewer.username())
				.param("at", now)
				.update();
		}
		else {
			changed = this.jdbc.sql("""
					UPDATE matching_setting SET version = version + 1, keep_earlier = :keep, updated_by = :by,
					    updated_at = :at
					WHERE scope_key = :key AND version = :version
					""")
				.param("key", key)
				.param("keep", keepEarlier)
				.param("by", viewer.username())
				.param("at", now)
				.param("version", expectedVersion)
				.update();
		}
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Matching settings " + key + " were changed in the meantime");
		}
		this.jdbc.sql("DELETE FROM matching_quota WHERE scope_key = :key").param("key", key).update();
		quotas.forEach((group, percent) -> this.jdbc.sql("""
				INSERT INTO matching_quota (scope_key, focus_group, minimum_percent) VALUES (:key, :group, :percent)
				""").param("key", key).param("group", group.name()).param("percent", percent).update());
	}

}
