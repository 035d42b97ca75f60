package de.weitblick.bench;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.participant.Participant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseload page and the name search on a Land-sized data set: median and 95th
 * percentile through HTTP (sign-in, security, access rule, audit entries, rendering) and
 * of the same queries straight in SQL, and their ratio. Prints its figures; asserts only
 * that the pages answered. Run with {@code ./mvnw -Pbenchmark test} (see
 * docs/benchmarks.md).
 */
@WeitblickIntegrationTest
class ParticipantSearchBenchmark {

	private static final long PARTICIPANTS = Long.getLong("weitblick.bench.participants", 1_000_000L);

	private static final int WARM_UP = Integer.getInteger("weitblick.bench.warm-up", 50);

	private static final int SAMPLES = Integer.getInteger("weitblick.bench.samples", 300);

	private static final int SIGNED_IN_COUNSELLORS = 20;

	/** Typed with a typo, as people do: each is one letter off a name in the data set. */
	private static final List<String> TYPED_NAMES = List.of("Mueler", "Schmit", "Yilmas", "Petrenco", "Hofman",
			"Kowalsky", "Schneieder", "Nguyn", "Weber", "Haddat");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	FocusGroupManagement focusGroups;

	@Test
	void caseloadAndNameSearchOnALandSizedDataSet() throws Exception {
		LandScaleData data = new LandScaleData(this.jdbc, this.passwords);
		long started = System.nanoTime();
		List<LandScaleData.Counsellor> counsellors = data.ensureStaff();
		long added = data.ensureParticipants(PARTICIPANTS, counsellors, this.focusGroups.classifier());
		System.out.printf(Locale.ROOT,
				"%nData set: %,d participants, %,d counsellors in %,d teams (%,d added in %.0f s)%n", data.count(),
				counsellors.size(), LandScaleData.TEAMS, added, (System.nanoTime() - started) / 1e9);

		List<WeitblickHttpClient> browsers = new ArrayList<>();
		List<LandScaleData.Counsellor> sample = new ArrayList<>();
		for (int i = 0; i < SIGNED_IN_COUNSELLORS; i++) {
			LandScaleData.Counsellor counsellor = counsellors.get((i * 997) % counsellors.size());
			WeitblickHttpClient browser = new WeitblickHttpClient("http://localhost:" + this.port);
			browser.signIn(counsellor.username(), LandScaleData.PASSWORD);
			browsers.add(browser);
			sample.add(counsellor);
		}

		Measurement.Figures caseloadHttp = Measurement.measure(WARM_UP, SAMPLES, i -> {
			HttpResponse<String> page = get(browsers.get(i % browsers.size()), "/participants");
			assertThat(page.statusCode()).isEqualTo(200);
		});
		Measurement.Figures caseloadSql = Measurement.measure(WARM_UP, SAMPLES,
				i -> caseloadSql(sample.get(i % sample.size())));
		Measurement.Figures searchHttp = Measurement.measure(WARM_UP, SAMPLES, i -> {
			HttpResponse<String> page = get(browsers.get(i % browsers.size()),
					"/participants?name=" + TYPED_NAMES.get(i % TYPED_NAMES.size()));
			assertThat(page.statusCode()).isEqualTo(200);
		});
		Measurement.Figures searchSql = Measurement.measure(WARM_UP, SAMPLES,
				i -> searchSql(sample.get(i % sample.size()), TYPED_NAMES.get(i % TYPED_NAMES.size())));

		System.out.printf(Locale.ROOT, "%n%-40s %10s %10s%n", "measurement (" + SAMPLES + " samples)", "p50 ms",
				"p95 ms");
		Measurement.print("caseload page, HTTP", caseloadHttp);
		Measurement.print("caseload query, SQL", caseloadSql);
		Measurement.print("name search page, HTTP", searchHttp);
		Measurement.print("name search query, SQL", searchSql);
		System.out.printf(Locale.ROOT, "%nHTTP/SQL ratio at p95: caseload %.1f, name search %.1f%n%n",
				caseloadHttp.p95() / caseloadSql.p95(), searchHttp.p95() / searchSql.p95());
	}

	/**
	 * The queries the caseload page runs, straight in SQL: the page and its count.
	 */
	private void caseloadSql(LandScaleData.Counsellor counsellor) {
		this.jdbc.sql("""
				SELECT count(*) FROM participant p
				WHERE p.responsible_unit_id = :unit AND p.counsellor_id = :counsellor AND p.status = 'ACTIVE'
				""").param("unit", counsellor.unitId()).param("counsellor", counsellor.id()).query(Long.class).single();
		this.jdbc
			.sql(PAGE.formatted(
					"p.responsible_unit_id = :unit AND p.counsellor_id = :counsellor AND p.status = 'ACTIVE'",
					"p.search_name, p.id"))
			.param("unit", counsellor.unitId())
			.param("counsellor", counsellor.id())
			.param("today", LocalDate.now())
			.query()
			.listOfRows();
	}

	/**
	 * The queries the name search runs, straight in SQL.
	 */
	private void searchSql(LandScaleData.Counsellor counsellor, String typed) {
		String name = Participant.normalise(typed);
		this.jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', '0.4', false)").query().listOfRows();
		String where = "p.responsible_unit_id = :unit AND (p.search_name LIKE :prefix OR :name <% p.search_name)";
		this.jdbc.sql("SELECT count(*) FROM participant p WHERE " + where)
			.param("unit", counsellor.unitId())
			.param("prefix", name + "%")
			.param("name", name)
			.query(Long.class)
			.single();
		this.jdbc.sql(PAGE.formatted(where, "word_similarity(:name, p.search_name) DESC, p.search_name, p.id"))
			.param("unit", counsellor.unitId())
			.param("prefix", name + "%")
			.param("name", name)
			.param("today", LocalDate.now())
			.query()
			.listOfRows();
	}

	private static final String PAGE = """
			SELECT p.id, p.family_name, p.given_names, p.birth_date, d.name AS district_name, p.counsellor_id, p.status,
			       ARRAY(SELECT g.focus_group_code FROM participant_focus_group g
			             WHERE g.participant_id = p.id AND g.valid_from <= :today
			               AND (g.valid_until IS NULL OR g.valid_until > :today)) AS focus_groups
			FROM participant p LEFT JOIN city_district d ON d.code = p.district_code
			WHERE %s ORDER BY %s LIMIT 20 OFFSET 0
			""";

	private static HttpResponse<String> get(WeitblickHttpClient browser, String path) {
		try {
			return browser.get(path, "Accept", "text/html");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
