package de.weitblick.bench;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds to the projects of {@link ProjectScaleData} a benchmark programme with a grant per
 * project and year 2021 to 2026, each with four budget lines planned and spent month by
 * month. Set-based SQL, idempotent: it only adds what is missing.
 */
final class FundingScaleData {

	static final UUID PROGRAMME = UUID.nameUUIDFromBytes("bench-programme".getBytes());

	private final JdbcClient jdbc;

	FundingScaleData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param projects how many projects {@link ProjectScaleData} made
	 * @return the benchmark programme
	 */
	UUID ensure(int projects) {
		this.jdbc.sql("""
				INSERT INTO funding_programme (id, version, code, name, funder, kind)
				VALUES (:id, 0, 'BENCH', 'Benchmarkprogramm', 'Land', 'EUROPEAN')
				ON CONFLICT (id) DO NOTHING
				""").param("id", PROGRAMME).update();
		this.jdbc.sql("""
				INSERT INTO funding_grant (id, version, programme_id, project_id, starts_on, ends_on, amount_cents,
				                           co_financing_percent, notice_number, notice_date, created_by, created_at)
				SELECT md5('bench-grant-' || p || '-' || y)::uuid, 0, :programme, md5('bench-project-' || p)::uuid,
				       make_date(y, 1, 1), make_date(y, 12, 31), 12 * 4 * (100000 + p % 1000 * 100), 10 + p % 40,
				       'BENCH-' || y || '-' || lpad(p::text, 5, '0'), make_date(y - 1, 12, 1), 'bench', now()
				FROM generate_series(1, :projects) p, generate_series(2021, 2026) y
				ON CONFLICT (id) DO NOTHING
				""").param("programme", PROGRAMME).param("projects", projects).update();
		this.jdbc
			.sql("""
					INSERT INTO funding_budget_line (id, grant_id, category, cost_centre)
					SELECT md5('bench-line-' || p || '-' || y || '-' || c)::uuid, md5('bench-grant-' || p || '-' || y)::uuid,
					       c, 'B' || y || '-' || lpad(p::text, 5, '0') || '-' || left(c, 3)
					FROM generate_series(1, :projects) p, generate_series(2021, 2026) y,
					     unnest(ARRAY['STAFF', 'MATERIAL', 'PARTICIPANT_ALLOWANCES', 'OVERHEADS']) c
					ON CONFLICT (id) DO NOTHING
					""")
			.param("projects", projects)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO funding_budget_month (budget_line_id, month, planned_cents, actual_cents)
					SELECT l.id, make_date(extract(year FROM g.starts_on)::int, m, 1), 100000 + abs(hashtext(l.id::text)) % 1000 * 100,
					       CASE WHEN make_date(extract(year FROM g.starts_on)::int, m, 1) < date_trunc('month', CURRENT_DATE)
					            THEN 90000 + abs(hashtext(l.id::text || m)) % 2000 * 10 END
					FROM funding_budget_line l JOIN funding_grant g ON g.id = l.grant_id
					CROSS JOIN generate_series(1, 12) m
					WHERE g.programme_id = :programme
					ON CONFLICT DO NOTHING
					""")
			.param("programme", PROGRAMME)
			.update();
		this.jdbc.sql("ANALYZE funding_grant").update();
		this.jdbc.sql("ANALYZE funding_budget_line").update();
		this.jdbc.sql("ANALYZE funding_budget_month").update();
		return PROGRAMME;
	}

}
