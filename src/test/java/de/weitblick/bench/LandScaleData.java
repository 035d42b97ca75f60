package de.weitblick.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupClassifier;
import de.weitblick.focusgroup.MembershipPeriod;
import de.weitblick.focusgroup.PersonFacts;
import de.weitblick.participant.Participant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Makes a Land-sized data set: teams and counsellors of a whole Land, and synthetic
 * participants spread over them with plausible distributions, written with set-based SQL
 * so a million rows take minutes, not hours. Idempotent: it only adds what is missing.
 */
final class LandScaleData {

	static final String PASSWORD = "weitblick-bench";

	/**
	 * Teams of the Land (`-Dweitblick.bench.teams`): the people of the data set are
	 * spread over them evenly, so a team's size is the register's divided by this number.
	 */
	static final int TEAMS = Integer.getInteger("weitblick.bench.teams", 500);

	static final int COUNSELLORS_PER_TEAM = 10;

	private static final int BATCH = 50_000;

	static final String[] FAMILY_NAMES = { "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
			"Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
			"Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
			"Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König",
			"Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn",
			"Schubert", "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Nowak", "Kowalski",
			"Wiśniewski", "Petrenko", "Kovalenko", "Shevchenko", "Bondarenko", "Ivanov", "Haddad", "Al-Masri", "Khalil",
			"Nasser", "Hussein", "Popescu", "Ionescu", "Mensah", "Okafor", "Tesfaye", "Rahimi", "Ahmadi", "Hosseini",
			"Rossi", "Nguyen", "Dimitrov", "Papadopoulos", "Horvat", "Kovačević" };

	static final String[] GIVEN_NAMES = { "Anna", "Lena", "Sarah", "Julia", "Laura", "Lisa", "Marie", "Sophie", "Emma",
			"Hannah", "Ayşe", "Elif", "Zeynep", "Fatma", "Olena", "Iryna", "Natalia", "Kateryna", "Agnieszka", "Fatima",
			"Amira", "Layla", "Nour", "Maria", "Ioana", "Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Max", "Tim",
			"Jan", "Tobias", "Mehmet", "Mustafa", "Emre", "Can", "Oleksandr", "Andrii", "Dmytro", "Piotr", "Tomasz",
			"Ahmad", "Omar", "Yusuf", "Karim", "Andrei", "Kwame", "Dawit", "Reza", "Michael", "Thomas", "Stefan",
			"Sabine", "Petra", "Monika", "Andreas", "Christian" };

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	LandScaleData(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/**
	 * @return the counsellors of the data set, in a fixed order
	 */
	List<Counsellor> ensureStaff() {
		String hash = this.passwords.encode(PASSWORD);
		this.jdbc.sql("""
				INSERT INTO organisational_unit (id, version, code, name)
				SELECT md5('bench-unit-' || t)::uuid, 0, 'BENCH-' || lpad(t::text, 3, '0'), 'Team ' || t
				FROM generate_series(1, :teams) t
				ON CONFLICT (id) DO NOTHING
				""").param("teams", TEAMS).update();
		this.jdbc
			.sql("""
					INSERT INTO staff_account (id, version, username, display_name, password_hash, role, organisational_unit_id)
					SELECT md5('bench-counsellor-' || c)::uuid, 0, 'bench-' || lpad(c::text, 5, '0'),
					       'Fachkraft ' || c, :hash, 'COUNSELLOR', md5('bench-unit-' || (1 + (c - 1) / :perTeam))::uuid
					FROM generate_series(1, :counsellors) c
					ON CONFLICT (id) DO NOTHING
					""")
			.param("hash", hash)
			.param("perTeam", COUNSELLORS_PER_TEAM)
			.param("counsellors", TEAMS * COUNSELLORS_PER_TEAM)
			.update();
		return this.jdbc.sql("""
				SELECT id, username, organisational_unit_id FROM staff_account
				WHERE username LIKE 'bench-%' AND role = 'COUNSELLOR' ORDER BY username
				""")
			.query((rs, n) -> new Counsellor(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getObject("organisational_unit_id", UUID.class)))
			.list();
	}

	/**
	 * Adds synthetic participants until the data set holds the given number.
	 * @return how many were added
	 */
	long ensureParticipants(long target, List<Counsellor> counsellors, FocusGroupClassifier classifier) {
		long existing = count();
		UUID[] counsellorIds = counsellors.stream().map(Counsellor::id).toArray(UUID[]::new);
		UUID[] unitIds = counsellors.stream().map(Counsellor::unitId).toArray(UUID[]::new);
		String[] families = FAMILY_NAMES;
		String[] familyKeys = normalised(FAMILY_NAMES);
		String[] givens = GIVEN_NAMES;
		String[] givenKeys = normalised(GIVEN_NAMES);
		for (long from = existing + 1; from <= target; from += BATCH) {
			long to = Math.min(target, from + BATCH - 1);
			// Distributions as in the demo data: a third under 25, four in ten
			// immigrated, half of
			// the unemployed for a year or longer, one in ten on SGB XII.
			this.jdbc
				.sql("""
						INSERT INTO participant (id, version, family_name, given_names, search_name, birth_date, gender,
						    city, district_code, born_with_german_citizenship, country_of_birth, immigration_year,
						    single_parent, benefit_basis, unemployed_since, referral_source, counsellor_id,
						    responsible_unit_id, status, registered_on, created_at, updated_at)
						SELECT md5('bench-participant-' || i)::uuid, 0,
						       (CAST(:families AS text[]))[1 + (h1 % cardinality(CAST(:families AS text[])))],
						       (CAST(:givens AS text[]))[1 + (h2 % cardinality(CAST(:givens AS text[])))],
						       (CAST(:familyKeys AS text[]))[1 + (h1 % cardinality(CAST(:families AS text[])))] || ' '
						         || (CAST(:givenKeys AS text[]))[1 + (h2 % cardinality(CAST(:givens AS text[])))],
						       birth, CASE WHEN h3 % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END,
						       'Stadt', lpad((1 + h4 % 23)::text, 2, '0'), NOT immigrated,
						       CASE WHEN immigrated THEN 'TR' ELSE 'DE' END,
						       CASE WHEN immigrated THEN GREATEST(extract(year FROM birth)::int, 2025 - h5 % 30) END,
						       FALSE,
						       CASE WHEN h6 % 10 = 0 THEN 'SGB_XII_CHAPTER_3' WHEN h6 % 10 < 7 THEN 'SGB_II'
						            WHEN h6 % 10 < 9 THEN 'SGB_III' ELSE 'NONE' END,
						       CASE WHEN h7 % 10 < 7 THEN GREATEST(birth + 16 * 365, CURRENT_DATE - (h8 % 2000)) END,
						       'JOBCENTER',
						       (CAST(:counsellors AS uuid[]))[1 + (i % cardinality(CAST(:counsellors AS uuid[])))],
						       (CAST(:units AS uuid[]))[1 + (i % cardinality(CAST(:counsellors AS uuid[])))],
						       CASE WHEN h9 % 10 < 8 THEN 'ACTIVE' ELSE 'CLOSED' END,
						       CURRENT_DATE - (h9 % 900), now(), now()
						FROM (
						    SELECT i, abs(hashtext(i || 'a')) h1, abs(hashtext(i || 'b')) h2, abs(hashtext(i || 'c')) h3,
						           abs(hashtext(i || 'd')) h4, abs(hashtext(i || 'e')) h5, abs(hashtext(i || 'f')) h6,
						           abs(hashtext(i || 'g')) h7, abs(hashtext(i || 'h')) h8, abs(hashtext(i || 'i')) h9,
						           CURRENT_DATE - (CASE WHEN abs(hashtext(i || 'j')) % 3 = 0 THEN 16 * 365 + abs(hashtext(i || 'k')) % (9 * 365)
						                                ELSE 25 * 365 + abs(hashtext(i || 'k')) % (38 * 365) END) AS birth,
						           abs(hashtext(i || 'l')) % 10 < 4 AS immigrated
						    FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) i
						) s
						ON CONFLICT (id) DO NOTHING
						""")
				.param("families", families)
				.param("givens", givens)
				.param("familyKeys", familyKeys)
				.param("givenKeys", givenKeys)
				.param("counsellors", counsellorIds)
				.param("units", unitIds)
				.param("from", from)
				.param("to", to)
				.update();
			project(from, to, classifier);
		}
		this.jdbc.sql("UPDATE participant SET closed_on = registered_on WHERE status = 'CLOSED' AND closed_on IS NULL")
			.update();
		if (target > existing) {
			// As autovacuum leaves them after a while: with the visibility map set, the
			// index-only scans of the search and the caseload read no table page.
			// Straight
			// after generating, the first run measured twice the time of later ones.
			this.jdbc.sql("VACUUM ANALYZE participant").update();
			this.jdbc.sql("VACUUM ANALYZE participant_name_trigram").update();
			this.jdbc.sql("VACUUM ANALYZE participant_focus_group").update();
		}
		else {
			this.jdbc.sql("ANALYZE participant").update();
			this.jdbc.sql("ANALYZE participant_focus_group").update();
		}
		return Math.max(0, target - existing);
	}

	long count() {
		return this.jdbc.sql("""
				SELECT count(*) FROM participant p JOIN staff_account a ON a.id = p.counsellor_id
				WHERE a.username LIKE 'bench-%'
				""").query(Long.class).single();
	}

	/**
	 * The focus-group periods of the new rows, computed by the same classifier the
	 * application uses.
	 */
	private void project(long from, long to, FocusGroupClassifier classifier) {
		record Row(UUID id, LocalDate birthDate, boolean female, Boolean german, Integer immigrationYear,
				String benefit, LocalDate unemployedSince) {
		}
		List<Row> rows = this.jdbc.sql("""
				SELECT id, birth_date, gender = 'FEMALE' AS female, born_with_german_citizenship, immigration_year,
				       benefit_basis, unemployed_since
				FROM participant WHERE id IN (SELECT md5('bench-participant-' || i)::uuid
				                              FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) i)
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
					(Boolean) rs.getObject(4), (Integer) rs.getObject(5), rs.getString(6),
					rs.getObject(7, LocalDate.class)))
			.list();
		List<UUID> ids = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		List<LocalDate> starts = new ArrayList<>();
		List<LocalDate> ends = new ArrayList<>();
		for (Row row : rows) {
			Integer chapter = row.benefit().startsWith("SGB_XII_CHAPTER_3") ? Integer.valueOf(3) : null;
			PersonFacts facts = new PersonFacts(row.birthDate(), row.female(), false, row.german(), null,
					row.immigrationYear(), null, chapter, row.unemployedSince());
			for (MembershipPeriod period : classifier.membershipPeriods(facts, row.birthDate())) {
				ids.add(row.id());
				codes.add(period.focusGroup().name());
				starts.add(period.from());
				ends.add(period.until());
			}
		}
		this.jdbc.sql("""
				INSERT INTO participant_focus_group (participant_id, focus_group_code, valid_from, valid_until)
				SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:codes AS text[]), CAST(:starts AS date[]),
				                     CAST(:ends AS date[]))
				ON CONFLICT DO NOTHING
				""")
			.param("ids", ids.toArray(UUID[]::new))
			.param("codes", codes.toArray(String[]::new))
			.param("starts", starts.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
			.param("ends",
					ends.stream()
						.map(end -> (end != null) ? java.sql.Date.valueOf(end) : null)
						.toArray(java.sql.Date[]::new))
			.update();
	}

	private static String[] normalised(String[] names) {
		String[] keys = new String[names.length];
		for (int i = 0; i < names.length; i++) {
			keys[i] = Participant.normalise(names[i]);
		}
		return keys;
	}

	record Counsellor(UUID id, String username, UUID unitId) {
	}

}
