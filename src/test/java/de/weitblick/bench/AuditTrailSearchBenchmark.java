package de.weitblick.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.privacy.AuditSearch;
import de.weitblick.privacy.AuditTrail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data protection officer's search of the audit trail by person and by user over
 * twelve months of a large trail: median and 95th percentile of {@link AuditTrail#search}
 * (the statement of the page, without recording the search). The trail is generated in
 * SQL, a month at a time into a table of its own that is then attached as the month's
 * partition, so that its indexes are built in one pass; months that exist already are
 * kept. Run with {@code ./mvnw -Pbenchmark test -Dtest=AuditTrailSearchBenchmark} (see
 * docs/benchmarks.md).
 */
@WeitblickIntegrationTest
class AuditTrailSearchBenchmark {

	private static final long ENTRIES = Long.getLong("weitblick.bench.audit-entries", 50_000_000L);

	private static final int USERS = 10_000;

	/** People per user's caseload: 4,000,000 people in all. */
	private static final int CASELOAD = 400;

	/** Distinct caseload pages a user views in a month, 20 people each. */
	private static final int LISTS_PER_USER = 5;

	private static final int WARM_UP = Integer.getInteger("weitblick.bench.warm-up", 100);

	private static final int SAMPLES = Integer.getInteger("weitblick.bench.samples", 1000);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void searchByPersonAndByUserOverTwelveMonths() throws Exception {
		YearMonth first = YearMonth.now(ZoneOffset.UTC).minusMonths(12);
		long perMonth = ENTRIES / 12;
		long started = System.nanoTime();
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		for (int m = 0; m < 12; m++) {
			YearMonth month = first.plusMonths(m);
			// A month in one transaction, so that its indexes are sorted in memory: a
			// month's partition is built by its attachment, and with the service's
			// default of 64 MB the sorts of 4,000,000 entries spill to disk.
			transaction.executeWithoutResult(status -> {
				this.jdbc.sql("SET LOCAL maintenance_work_mem = '1GB'").update();
				generate(month, perMonth);
			});
		}
		// As the nightly maintenance step leaves the finished months: each with its index
		// by user and time.
		int indexed = transaction.execute(status -> {
			this.jdbc.sql("SET LOCAL maintenance_work_mem = '1GB'").update();
			return this.jdbc.sql("SELECT audit_trail_index_finished_months(CAST(:today AS date))")
				.param("today", java.time.LocalDate.now(ZoneOffset.UTC))
				.query(Integer.class)
				.single();
		});
		System.out.printf(java.util.Locale.ROOT, "%nFinished months indexed by user and time: %d%n", indexed);
		// As autovacuum leaves a month's partition once it is written: its pages all
		// visible, so that the index by user and time answers without the table.
		this.jdbc.sql("VACUUM ANALYZE audit_event").update();
		this.jdbc.sql("VACUUM ANALYZE audit_subject_list").update();
		long stored = this.jdbc.sql("SELECT count(*) FROM audit_event WHERE actor LIKE 'bench-%'")
			.query(Long.class)
			.single();
		long bytes = this.jdbc.sql("""
				SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits
				WHERE inhparent IN ('audit_event'::regclass, 'audit_subject_list'::regclass)
				""").query(Long.class).single();
		System.out.printf(Locale.ROOT, "%nTrail: %,d entries over 12 months, %,d MB with lists and indexes (%.0f s)%n",
				stored, bytes / 1_048_576, (System.nanoTime() - started) / 1e9);

		LocalDate from = first.atDay(1);
		LocalDate to = first.plusMonths(11).atEndOfMonth();
		Measurement.Figures byPerson = Measurement.measure(WARM_UP, SAMPLES, i -> {
			UUID person = person((i * 7_919) % USERS, i * 31);
			assertThat(
					this.audit.search(new AuditSearch(null, person, from, to, 0, AuditSearch.DEFAULT_SIZE)).entries())
				.isNotEmpty();
		});
		Measurement.Figures byUser = Measurement.measure(WARM_UP, SAMPLES, i -> {
			String user = user((i * 7_919) % USERS);
			assertThat(this.audit.search(new AuditSearch(user, null, from, to, 0, AuditSearch.DEFAULT_SIZE)).entries())
				.hasSize(AuditSearch.DEFAULT_SIZE);
		});
		System.out.printf(Locale.ROOT, "%n%-40s %10s %10s%n", "measurement (" + SAMPLES + " samples)", "p50 ms",
				"p95 ms");
		Measurement.print("search by person, 12 months", byPerson);
		Measurement.print("search by user, 12 months", byUser);
	}

	private void generate(YearMonth month, long entries) {
		String suffix = String.format(Locale.ROOT, "%04d_%02d", month.getYear(), month.getMonthValue());
		boolean exists = this.jdbc.sql("SELECT to_regclass(:name) IS NOT NULL")
			.param("name", "audit_event_" + suffix)
			.query(Boolean.class)
			.single();
		if (exists) {
			return;
		}
		String start = month.atDay(1) + " 00:00:00+00";
		String end = month.plusMonths(1).atDay(1) + " 00:00:00+00";
		this.jdbc.sql("CREATE TABLE audit_subject_list_" + suffix + " (LIKE audit_subject_list)").update();
		this.jdbc.sql("""
				INSERT INTO audit_subject_list_%s (month, id, subject_ids)
				SELECT DATE '%s', md5('%s-' || u || '-' || l)::uuid,
				       ARRAY(SELECT md5('p' || (u * %d + (l * 20 + i) %% %d))::uuid FROM generate_series(0, 19) AS i)
				FROM generate_series(0, %d) AS u, generate_series(0, %d) AS l
				""".formatted(suffix, month.atDay(1), month, CASELOAD, CASELOAD, USERS - 1, LISTS_PER_USER - 1))
			.update();
		this.jdbc.sql("CREATE TABLE audit_event_" + suffix + " (LIKE audit_event)").update();
		// Four entries in ten read one case file, six show a caseload page; in time
		// order.
		this.jdbc.sql("""
				INSERT INTO audit_event_%1$s (id, occurred_at, actor, actor_role, action, subject_type, subject_id,
				                              purpose, detail_key, detail_args, subject_list)
				SELECT gen_random_uuid(),
				       TIMESTAMPTZ '%2$s' + (TIMESTAMPTZ '%3$s' - TIMESTAMPTZ '%2$s') * (n::float8 / %4$d),
				       'bench-' || lpad(u::text, 5, '0'), 'COUNSELLOR', 'READ', 'participant',
				       CASE WHEN kind < 0.4 THEN md5('p' || (u * %5$d + floor(random() * %5$d)::int))::uuid END,
				       CASE WHEN kind < 0.4 THEN 'CASE_WORK' ELSE 'CASELOAD' END,
				       CASE WHEN kind < 0.4 THEN 'participant.audit.health-read' ELSE 'participant.audit.listed' END,
				       CASE WHEN kind < 0.4 THEN '[]' ELSE '[20]' END::jsonb,
				       CASE WHEN kind >= 0.4 THEN md5('%6$s-' || u || '-' || floor(random() * %7$d)::int)::uuid END
				FROM (SELECT n, floor(random() * %8$d)::int AS u, random() AS kind
				      FROM generate_series(0, %4$d - 1) AS n) AS g
				""".formatted(suffix, start, end, entries, CASELOAD, month, LISTS_PER_USER, USERS)).update();
		this.jdbc
			.sql("ALTER TABLE audit_subject_list ATTACH PARTITION audit_subject_list_" + suffix + " FOR VALUES FROM ('"
					+ month.atDay(1) + "') TO ('" + month.plusMonths(1).atDay(1) + "')")
			.update();
		this.jdbc
			.sql("ALTER TABLE audit_event ATTACH PARTITION audit_event_" + suffix + " FOR VALUES FROM ('" + start
					+ "') TO ('" + end + "')")
			.update();
	}

	/** A person shown on one of the caseload pages of the user's caseload. */
	private static UUID person(int user, int place) {
		return md5Uuid("p" + (user * CASELOAD + place % (LISTS_PER_USER * 20)));
	}

	private static String user(int number) {
		return String.format(Locale.ROOT, "bench-%05d", number);
	}

	/** The same identifier as PostgreSQL's md5(text)::uuid. */
	private static UUID md5Uuid(String text) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("MD5")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(hash);
			return new UUID(bytes.getLong(), bytes.getLong());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
