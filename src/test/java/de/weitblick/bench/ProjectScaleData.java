package de.weitblick.bench;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Adds Land-sized projects to the participants of {@link LandScaleData}: project leads,
 * projects with yearly place periods 2021 to 2026, and per project enrolments of which
 * the past periods' have ended, the current period's fill its places, and the rest wait.
 * Set-based SQL, idempotent: it only adds what is missing.
 */
final class ProjectScaleData {

	static final int PROJECTS_PER_LEAD = 5;

	/** Enrolments per project: 100 in each of the five past periods and 100 in 2026. */
	static final int ENROLMENTS_PER_PROJECT = 600;

	private static final int PROJECTS_PER_BATCH = 250;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	ProjectScaleData(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/**
	 * @param projects how many projects
	 * @param participants how many participants {@link LandScaleData} made, to pick from
	 * @return the project leads, each with the first of their projects, in a fixed order
	 */
	List<Lead> ensure(int projects, long participants) {
		int leads = Math.max(1, projects / PROJECTS_PER_LEAD);
		this.jdbc
			.sql("""
					INSERT INTO staff_account (id, version, username, display_name, password_hash, role, organisational_unit_id)
					SELECT md5('bench-lead-' || l)::uuid, 0, 'bench-lead-' || lpad(l::text, 5, '0'), 'Projektleitung ' || l,
					       :hash, 'PROJECT_LEAD', md5('bench-unit-' || (1 + l % :teams))::uuid
					FROM generate_series(1, :leads) l
					ON CONFLICT (id) DO NOTHING
					""")
			.param("hash", this.passwords.encode(LandScaleData.PASSWORD))
			.param("teams", LandScaleData.TEAMS)
			.param("leads", leads)
			.update();
		this.jdbc.sql("""
				INSERT INTO project (id, version, name, short_name, kind, status, organisational_unit_id, lead_id,
				                     starts_on, location)
				SELECT md5('bench-project-' || p)::uuid, 0, 'Benchmarkprojekt ' || p, 'Bench ' || p, 'QUALIFICATION',
				       'RUNNING', md5('bench-unit-' || (1 + p % :teams))::uuid,
				       md5('bench-lead-' || (1 + (p - 1) % :leads))::uuid, DATE '2020-01-01', 'Stadt'
				FROM generate_series(1, :projects) p
				ON CONFLICT (id) DO NOTHING
				""").param("teams", LandScaleData.TEAMS).param("leads", leads).param("projects", projects).update();
		this.jdbc.sql("""
				INSERT INTO project_focus_group (project_id, focus_group_code)
				SELECT md5('bench-project-' || p)::uuid, g
				FROM generate_series(1, :projects) p, unnest(ARRAY['YOUNG_PEOPLE', 'LONG_TERM_UNEMPLOYED']) g
				ON CONFLICT DO NOTHING
				""").param("projects", projects).update();
		this.jdbc.sql("""
				INSERT INTO place_period (id, project_id, version, label, starts_on, ends_on, places, occupied)
				SELECT md5('bench-period-' || p || '-' || y)::uuid, md5('bench-project-' || p)::uuid, 0, y::text,
				       make_date(y, 1, 1), make_date(y, 12, 31), 20 + p % 61, 0
				FROM generate_series(1, :projects) p, generate_series(2021, 2026) y
				ON CONFLICT DO NOTHING
				""").param("projects", projects).update();
		for (int from = 1; from <= projects; from += PROJECTS_PER_BATCH) {
			int to = Math.min(projects, from + PROJECTS_PER_BATCH - 1);
			// k 1..500 in the past periods (ended), k 501..600 in 2026: the first places
			// of them take part, the others wait.
			this.jdbc
				.sql("""
						INSERT INTO enrolment (id, version, project_id, place_period_id, participant_id, status, referred_on,
						                       referred_at, referred_by, referred_by_role, responsible_unit_id, counsellor_id,
						                       focus_groups, offered_on, started_on, ended_on, updated_by, updated_at)
						SELECT md5('bench-enrolment-' || s.p || '-' || s.k)::uuid, 0, md5('bench-project-' || s.p)::uuid,
						       md5('bench-period-' || s.p || '-' || s.y)::uuid, pa.id, s.status, s.referred_on,
						       s.referred_on + TIME '09:00' + (s.k || ' minutes')::interval, 'bench', 'COUNSELLOR',
						       pa.responsible_unit_id, pa.counsellor_id,
						       CASE s.k % 4 WHEN 0 THEN 'YOUNG_PEOPLE' WHEN 1 THEN 'LONG_TERM_UNEMPLOYED'
						                    WHEN 2 THEN 'YOUNG_PEOPLE,LONG_TERM_UNEMPLOYED' ELSE 'WOMEN' END,
						       CASE WHEN s.status <> 'WAITING' THEN s.referred_on END,
						       CASE WHEN s.status IN ('ENROLLED', 'COMPLETED', 'DROPPED_OUT') THEN s.referred_on END,
						       CASE WHEN s.status IN ('COMPLETED', 'DROPPED_OUT') THEN make_date(s.y, 12, 31) END,
						       'bench', now()
						FROM (
						    SELECT p, k, CASE WHEN k <= 500 THEN 2021 + (k - 1) / 100 ELSE 2026 END AS y,
						           CASE WHEN k <= 500 THEN (CASE WHEN k % 5 = 0 THEN 'DROPPED_OUT' ELSE 'COMPLETED' END)
						                WHEN k - 500 <= 20 + p % 61 THEN 'ENROLLED' ELSE 'WAITING' END AS status,
						           make_date(CASE WHEN k <= 500 THEN 2021 + (k - 1) / 100 ELSE 2026 END, 1, 1)
						             + k % 100 AS referred_on,
						           1 + ((CAST(p AS bigint) * :perProject + k) * 7919) % :participants AS person
						    FROM generate_series(CAST(:from AS int), CAST(:to AS int)) p,
						         generate_series(1, :perProject) k
						) s
						JOIN participant pa ON pa.id = md5('bench-participant-' || s.person)::uuid
						ON CONFLICT DO NOTHING
						""")
				.param("from", from)
				.param("to", to)
				.param("perProject", ENROLMENTS_PER_PROJECT)
				.param("participants", participants)
				.update();
		}
		// What became of everyone who left, and a follow-up for seven in ten of them: the
		// figures on the project page count them.
		this.jdbc.sql("""
				INSERT INTO enrolment_outcome (enrolment_id, version, exit_outcome, job_searching, qualification_gained,
				                               exit_recorded_by, exit_recorded_at, follow_up_due_on, follow_up_status,
				                               follow_up_on, follow_up_recorded_by, follow_up_recorded_at)
				SELECT e.id, 0,
				       (ARRAY['EMPLOYMENT', 'APPRENTICESHIP', 'SCHOOL', 'FURTHER_TRAINING', 'RECOGNITION_ACHIEVED',
				              'OTHER', 'UNKNOWN'])[1 + abs(hashtext(e.id::text)) % 7],
				       abs(hashtext(e.id::text)) % 3 = 0, abs(hashtext(e.id::text)) % 4 = 0, 'bench', e.ended_on,
				       e.ended_on + 183, f.status, CASE WHEN f.status IS NOT NULL THEN e.ended_on + 183 END,
				       CASE WHEN f.status IS NOT NULL THEN 'bench' END,
				       CASE WHEN f.status IS NOT NULL THEN e.ended_on + 183 + TIME '10:00' END
				FROM enrolment e
				CROSS JOIN LATERAL (
				    SELECT CASE WHEN abs(hashtext(e.id::text || 'f')) % 10 < 7 AND e.ended_on + 183 <= CURRENT_DATE
				                THEN (ARRAY['EMPLOYMENT', 'FURTHER_TRAINING', 'OTHER', 'NOT_REACHABLE'])
				                     [1 + abs(hashtext(e.id::text || 'g')) % 4] END AS status) f
				WHERE e.referred_by = 'bench' AND e.status IN ('COMPLETED', 'DROPPED_OUT')
				ON CONFLICT DO NOTHING
				""").update();
		// What the output indicators need of each person at entry, as the application
		// records it with the start (the same derivation as migration V24_1's backfill).
		this.jdbc.sql("""
				INSERT INTO enrolment_entry_facts (enrolment_id, gender, age_at_entry, labour_market, education,
				                                   foreign_background, single_parent, district_code)
				SELECT e.id, pa.gender, extract(year FROM age(e.started_on, pa.birth_date))::int,
				       CASE WHEN pa.unemployed_since IS NULL OR pa.unemployed_since > e.started_on THEN 'NOT_UNEMPLOYED'
				            WHEN pa.unemployed_since <= e.started_on - interval '12 months' THEN 'LONG_TERM_UNEMPLOYED'
				            ELSE 'UNEMPLOYED' END,
				       'ISCED_0_2', -- the data set records no qualifications
				       coalesce(pa.born_with_german_citizenship = FALSE OR pa.parent_born_without_german_citizenship
				                OR pa.both_parents_immigrated, FALSE),
				       coalesce(pa.single_parent, FALSE), pa.district_code
				FROM enrolment e JOIN participant pa ON pa.id = e.participant_id
				WHERE e.referred_by = 'bench' AND e.started_on IS NOT NULL
				ON CONFLICT DO NOTHING
				""").update();
		this.jdbc.sql("ANALYZE enrolment_entry_facts").update();
		// A weekly session since September in every project, and the attendance of the
		// people taking part now.
		this.jdbc.sql("""
				INSERT INTO project_session (id, version, project_id, held_on, planned_hours, recorded_by, recorded_at)
				SELECT md5('bench-session-' || p || '-' || w)::uuid, 0, md5('bench-project-' || p)::uuid,
				       DATE '2026-09-01' + 7 * w, 6, 'bench', now()
				FROM generate_series(1, :projects) p, generate_series(0, 11) w
				ON CONFLICT DO NOTHING
				""").param("projects", projects).update();
		for (int from = 1; from <= projects; from += PROJECTS_PER_BATCH) {
			int to = Math.min(projects, from + PROJECTS_PER_BATCH - 1);
			this.jdbc
				.sql("""
						INSERT INTO attendance (id, version, session_id, enrolment_id, status, hours, recorded_by, recorded_at)
						SELECT md5('bench-attendance-' || e.id || '-' || w)::uuid, 0,
						       md5('bench-session-' || p || '-' || w)::uuid, e.id,
						       CASE abs(hashtext(e.id::text || w)) % 10 WHEN 0 THEN 'EXCUSED' WHEN 1 THEN 'UNEXCUSED'
						            ELSE 'PRESENT' END,
						       CASE WHEN abs(hashtext(e.id::text || w)) % 10 > 1 THEN 6 - abs(hashtext(e.id::text)) % 3 ELSE 0 END,
						       'bench', now()
						FROM generate_series(CAST(:from AS int), CAST(:to AS int)) p
						JOIN enrolment e ON e.project_id = md5('bench-project-' || p)::uuid AND e.status = 'ENROLLED'
						CROSS JOIN generate_series(0, 11) w
						ON CONFLICT DO NOTHING
						""")
				.param("from", from)
				.param("to", to)
				.update();
		}
		this.jdbc.sql("""
				UPDATE place_period pp SET occupied = c.holding
				FROM (SELECT place_period_id, count(*) AS holding FROM enrolment
				      WHERE status IN ('OFFERED', 'ENROLLED') GROUP BY place_period_id) c
				WHERE pp.id = c.place_period_id AND pp.occupied <> c.holding
				""").update();
		this.jdbc.sql("ANALYZE enrolment").update();
		this.jdbc.sql("ANALYZE place_period").update();
		this.jdbc.sql("ANALYZE enrolment_outcome").update();
		this.jdbc.sql("ANALYZE attendance").update();
		return this.jdbc.sql("""
				SELECT a.username, (SELECT min(p.id::text) FROM project p WHERE p.lead_id = a.id) AS project
				FROM staff_account a WHERE a.username LIKE 'bench-lead-%' ORDER BY a.username
				""").query((rs, n) -> new Lead(rs.getString(1), UUID.fromString(rs.getString(2)))).list();
	}

	long enrolments() {
		return this.jdbc.sql("SELECT count(*) FROM enrolment WHERE referred_by = 'bench'").query(Long.class).single();
	}

	long outcomes() {
		return this.jdbc.sql("SELECT count(*) FROM enrolment_outcome WHERE exit_recorded_by = 'bench'")
			.query(Long.class)
			.single();
	}

	long attendanceRecords() {
		return this.jdbc.sql("SELECT count(*) FROM attendance WHERE recorded_by = 'bench'").query(Long.class).single();
	}

	record Lead(String username, UUID projectId) {
	}

}
