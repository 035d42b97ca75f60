package de.weitblick.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six-month follow-up of hires (jobs and apprenticeships): which are due, and whether
 * the person is still employed. Only the employer service works with it.
 */
@Service
@Transactional(readOnly = true)
public class FollowUps {

	private final JdbcClient jdbc;

	private final PlacementStore store;

	private final Clock clock;

	FollowUps(JdbcClient jdbc, PlacementStore store, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Records the six-month follow-up of a hire: whether the person is still employed.
	 * @throws RuleViolation when the placement is no hire or has not been running for six
	 * months
	 * @throws OptimisticLockingFailureException when someone else changed it meanwhile
	 */
	@Transactional
	public void recordFollowUp(PlacementId id, int expectedVersion, boolean stillEmployed, StaffMember viewer) {
		Placement placement = this.store.toChange(id, expectedVersion, viewer);
		LocalDate due = placement.followUpDue();
		if (due == null) {
			throw new RuleViolation(null, "placement.rule.follow-up-only-hires");
		}
		if (due.isAfter(today())) {
			throw new RuleViolation(null, "placement.rule.follow-up-not-due", due);
		}
		this.jdbc.sql("""
				UPDATE placement SET version = version + 1, follow_up_on = :today, still_employed = :still
				WHERE id = :id AND version = :version
				""")
			.param("today", today())
			.param("still", stillEmployed)
			.param("id", id.id())
			.param("version", placement.version())
			.update();
		this.store.audit(viewer, placement, "placement.audit.followed-up");
	}

	/**
	 * The hires whose six-month follow-up is due and not yet recorded, the oldest first.
	 * @param viewer must not be null
	 * @return at most 200, never null
	 * @throws AccessDeniedException when the viewer does not work with placements
	 */
	@Transactional
	public List<Placement> followUpsDue(StaffMember viewer) {
		this.store.requirePlacing(viewer);
		List<Placement> found = this.jdbc.sql("SELECT " + PlacementStore.COLUMNS + """
				 FROM placement p
				WHERE p.offer_kind IN ('JOB', 'APPRENTICESHIP') AND p.started_on IS NOT NULL
				  AND p.follow_up_on IS NULL AND p.started_on + INTERVAL '6 months' <= :today
				ORDER BY p.started_on, p.id LIMIT 200
				""").param("today", today()).query(PlacementStore::placement).list();
		return this.store.withNames(found, viewer);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
