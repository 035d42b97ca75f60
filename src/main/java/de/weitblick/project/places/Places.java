package de.weitblick.project.places;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.weitblick.project.CapacityChange;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.PlacesPlan;
import de.weitblick.project.ProjectId;
import de.weitblick.shared.TimeOrderedIds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The place periods of all projects in SQL. Occupancy is only ever changed by single
 * conditional statements on a row locked with {@link #lock}, and the table's check
 * constraint {@code occupied <= places} refuses an overbooking even from a statement that
 * forgot the lock.
 */
@Component
public class Places {

	private static final String COLUMNS = "id, project_id, version, label, starts_on, ends_on, places, occupied";

	private final JdbcClient jdbc;

	public Places(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PlacePeriod> of(ProjectId project) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM place_period WHERE project_id = :project ORDER BY starts_on")
			.param("project", project.id())
			.query(Places::period)
			.list();
	}

	public Optional<PlacePeriod> find(UUID periodId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM place_period WHERE id = :id")
			.param("id", periodId)
			.query(Places::period)
			.optional();
	}

	/**
	 * Locks the period's row until the transaction ends: everything that changes its
	 * places or the enrolments in it goes one after the other.
	 */
	public Optional<PlacePeriod> lock(UUID periodId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM place_period WHERE id = :id FOR UPDATE")
			.param("id", periodId)
			.query(Places::period)
			.optional();
	}

	/**
	 * The period a referral made on a day goes to: the one running then, or else the next
	 * to start.
	 */
	public Optional<PlacePeriod> forReferralOn(ProjectId project, LocalDate day) {
		return this.jdbc.sql("""
				SELECT %s FROM place_period WHERE project_id = :project AND ends_on >= :day
				ORDER BY starts_on LIMIT 1
				""".formatted(COLUMNS))
			.param("project", project.id())
			.param("day", day)
			.query(Places::period)
			.optional();
	}

	public void add(ProjectId project, PlacesPlan plan) {
		this.jdbc.sql("""
				INSERT INTO place_period (id, project_id, version, label, starts_on, ends_on, places, occupied)
				VALUES (:id, :project, 0, :label, :startsOn, :endsOn, :places, 0)
				""")
			.param("id", TimeOrderedIds.next())
			.param("project", project.id())
			.param("label", plan.label().strip())
			.param("startsOn", plan.startsOn())
			.param("endsOn", plan.endsOn())
			.param("places", plan.places())
			.update();
	}

	public boolean overlapsAnother(ProjectId project, LocalDate startsOn, LocalDate endsOn) {
		return this.jdbc.sql("""
				SELECT count(*) FROM place_period
				WHERE project_id = :project AND starts_on <= :endsOn AND ends_on >= :startsOn
				""")
			.param("project", project.id())
			.param("startsOn", startsOn)
			.param("endsOn", endsOn)
			.query(Integer.class)
			.single() > 0;
	}

	public boolean labelTaken(ProjectId project, String label) {
		return this.jdbc.sql("SELECT count(*) FROM place_period WHERE project_id = :project AND label = :label")
			.param("project", project.id())
			.param("label", label.strip())
			.query(Integer.class)
			.single() > 0;
	}

	public void changePlaces(UUID periodId, int places) {
		this.jdbc.sql("UPDATE place_period SET places = :places, version = version + 1 WHERE id = :id")
			.param("places", places)
			.param("id", periodId)
			.update();
	}

	public void recordChange(UUID periodId, int before, int after, LocalDate effectiveOn, String reason,
			String changedBy, Instant changedAt) {
		this.jdbc.sql("""
				INSERT INTO capacity_change (id, place_period_id, places_before, places_after, effective_on, reason,
				                             changed_by, changed_at)
				VALUES (:id, :period, :before, :after, :effectiveOn, :reason, :changedBy, :changedAt)
				""")
			.param("id", TimeOrderedIds.next())
			.param("period", periodId)
			.param("before", before)
			.param("after", after)
			.param("effectiveOn", effectiveOn)
			.param("reason", reason)
			.param("changedBy", changedBy)
			.param("changedAt", changedAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Takes one place, unless none is free.
	 * @return whether a place was taken
	 */
	public boolean take(UUID periodId) {
		return this.jdbc.sql("UPDATE place_period SET occupied = occupied + 1 WHERE id = :id AND occupied < places")
			.param("id", periodId)
			.update() == 1;
	}

	public void release(UUID periodId) {
		this.jdbc.sql("UPDATE place_period SET occupied = occupied - 1 WHERE id = :id AND occupied > 0")
			.param("id", periodId)
			.update();
	}

	public List<CapacityChange> changesOf(ProjectId project) {
		return this.jdbc.sql("""
				SELECT c.id, c.place_period_id, c.places_before, c.places_after, c.effective_on, c.reason,
				       c.changed_by, c.changed_at
				FROM capacity_change c JOIN place_period p ON p.id = c.place_period_id
				WHERE p.project_id = :project ORDER BY c.effective_on, c.changed_at
				""")
			.param("project", project.id())
			.query((rs, n) -> new CapacityChange(rs.getObject("id", UUID.class),
					rs.getObject("place_period_id", UUID.class), rs.getInt("places_before"), rs.getInt("places_after"),
					rs.getObject("effective_on", LocalDate.class), rs.getString("reason"), rs.getString("changed_by"),
					rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	private static PlacePeriod period(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PlacePeriod(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
				rs.getInt("version"), rs.getString("label"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getInt("places"), rs.getInt("occupied"));
	}

}
