package de.weitblick.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's retention and its monthly partitions. Every night the partitions of
 * the coming months are created, the months past the retention period are dropped, except
 * the entries under an open hold, and each finished month gets its index by user and
 * time. These steps run in the database with the rights of the schema's owner (functions
 * audit_trail_add_months, audit_trail_remove_before and
 * audit_trail_index_finished_months); the application itself can neither change nor
 * delete an entry. Several instances may run them at once: the database runs one at a
 * time.
 */
@Service
public class AuditTrailRetention {

	private static final Logger log = LoggerFactory.getLogger(AuditTrailRetention.class);

	private final JdbcClient jdbc;

	private final AuditTrailSettings settings;

	private final Clock clock;

	AuditTrailRetention(JdbcClient jdbc, AuditTrailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return the day before which entries are removed at the next run: the first day of
	 * the year that follows the last year kept, never null
	 */
	public LocalDate cutOff() {
		return LocalDate.of(today().getYear() - this.settings.keptYears(), 1, 1);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	/**
	 * Creates the partitions of this month and of the coming ones, as the settings say.
	 * @return how many partitions were created
	 */
	@Transactional
	public int prepareComingMonths() {
		Integer created = this.jdbc.sql("SELECT audit_trail_add_months(:first, :months)")
			.param("first", today().withDayOfMonth(1))
			.param("months", this.settings.monthsAhead() + 1)
			.query(Integer.class)
			.single();
		return created;
	}

	/**
	 * Gives every finished month's partition its index by user and time, which the month
	 * that is written to never has (see the migration V35_1).
	 * @return how many partitions got the index
	 */
	@Transactional
	public int indexFinishedMonths() {
		return this.jdbc.sql("SELECT audit_trail_index_finished_months(:before)")
			.param("before", today().withDayOfMonth(1))
			.query(Integer.class)
			.single();
	}

	/**
	 * Prepares the coming months, removes the entries past the retention period that no
	 * open hold keeps, records the run and indexes the finished months that remain.
	 * @return the run, never null
	 */
	@Transactional
	public AuditRetentionRun run() {
		prepareComingMonths();
		AuditRetentionRun run = this.jdbc
			.sql("""
					SELECT ran_at, cut_off, partitions, removed, kept FROM audit_trail_remove_before(:cutOff, :today, :ranAt)
					""")
			.param("cutOff", cutOff())
			.param("today", today())
			.param("ranAt", this.clock.instant().atOffset(ZoneOffset.UTC))
			.query(AuditTrailRetention::runOf)
			.single();
		indexFinishedMonths();
		return run;
	}

	@Scheduled(cron = "${weitblick.audit-trail.schedule:0 50 2 * * *}", zone = "Europe/Berlin")
	void nightly() {
		AuditRetentionRun run = run();
		log.info("Audit trail retention: {} entries before {} removed, {} kept under holds, partitions dropped: {}",
				run.removed(), run.cutOff(), run.kept(), run.partitions());
	}

	@EventListener(ApplicationReadyEvent.class)
	void prepareOnStart() {
		prepareComingMonths();
	}

	/**
	 * The retention rule, the months stored and the latest runs.
	 * @param runs at most this many runs
	 * @return never null
	 */
	@Transactional(readOnly = true)
	public AuditRetentionOverview overview(int runs) {
		List<AuditPartition> partitions = this.jdbc.sql("""
				SELECT c.relname AS name, c.reltuples::bigint AS entries,
				       pg_total_relation_size(c.oid) + COALESCE(pg_total_relation_size(to_regclass(
				           replace(c.relname, 'audit_event_', 'audit_subject_list_'))), 0) AS bytes
				FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
				WHERE i.inhparent = 'audit_event'::regclass
				ORDER BY c.relname DESC
				""").query((rs, n) -> {
			String name = rs.getString("name");
			YearMonth month = name.matches("audit_event_\\d{4}_\\d{2}")
					? YearMonth.of(Integer.parseInt(name.substring(12, 16)), Integer.parseInt(name.substring(17, 19)))
					: null;
			return new AuditPartition(month, name, rs.getLong("bytes"), Math.max(0, rs.getLong("entries")));
		}).list();
		int open = this.jdbc.sql("SELECT count(*) FROM audit_hold WHERE lifted_at IS NULL AND ends_on >= :today")
			.param("today", today())
			.query(Integer.class)
			.single();
		List<AuditRetentionRun> recent = this.jdbc
			.sql("""
					SELECT ran_at, cut_off, partitions, removed, kept FROM audit_retention_run ORDER BY ran_at DESC LIMIT :limit
					""")
			.param("limit", runs)
			.query(AuditTrailRetention::runOf)
			.list();
		return new AuditRetentionOverview(this.settings.keptYears(), cutOff(), this.settings.monthsAhead(), open,
				partitions, recent);
	}

	private static AuditRetentionRun runOf(ResultSet rs, int row) throws SQLException {
		return new AuditRetentionRun(rs.getObject("ran_at", OffsetDateTime.class).toInstant(),
				rs.getObject("cut_off", LocalDate.class),
				Arrays.asList((String[]) rs.getArray("partitions").getArray()), rs.getLong("removed"),
				rs.getLong("kept"));
	}

}
