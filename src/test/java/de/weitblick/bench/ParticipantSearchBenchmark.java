package de.weitblick.bench;

import java.net.CookieManager;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.Participant;
import de.weitblick.participant.referralimport.ReferralImportId;
import de.weitblick.participant.referralimport.ReferralListUploads;
import de.weitblick.participant.referralimport.ReferralImportProgress;
import de.weitblick.shared.TimeOrderedIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseload page and the name search on a Land-sized data set: median and 95th
 * percentile through HTTP (sign-in, security, access rule, audit entries, rendering) and
 * of the same statements straight in SQL, and their ratio. Prints its figures; asserts
 * only that the pages answered. Run with {@code ./mvnw -Pbenchmark test} (see
 * docs/benchmarks.md).
 */
@WeitblickIntegrationTest
@TestPropertySource(properties = "weitblick.referral-import.maximum-file-size=512MB")
class ParticipantSearchBenchmark {

	private static final long PARTICIPANTS = Long.getLong("weitblick.bench.participants", 1_000_000L);

	/**
	 * Requests before the samples of each measurement. A server that has served a while:
	 * after 50 requests the just-in-time compiler had not yet compiled the page's paths
	 * through Spring and Thymeleaf (the caseload page took about a tenth longer at the
	 * median), while the few statements of the SQL side were compiled at once.
	 */
	private static final int WARM_UP = Integer.getInteger("weitblick.bench.warm-up", 500);

	/** Samples of each measurement: the 95th percentile is then the 50th slowest. */
	private static final int SAMPLES = Integer.getInteger("weitblick.bench.samples", 1000);

	private static final int SIGNED_IN_COUNSELLORS = 20;

	/** Rows of the referral list imported while the name search is measured again. */
	private static final int IMPORT_ROWS = Integer.getInteger("weitblick.bench.import-rows", 100_000);

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

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ReferralListUploads uploads;

	@Autowired
	ReferralImportProgress progress;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Environment environment;

	private TransactionTemplate transactions;

	private TransactionTemplate readOnly;

	@BeforeEach
	void transactionsAsTheApplicationUsesThem() {
		this.transactions = new TransactionTemplate(this.transactionManager);
		this.readOnly = new TransactionTemplate(this.transactionManager);
		this.readOnly.setReadOnly(true);
	}

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
		List<SignedIn> sample = new ArrayList<>();
		for (int i = 0; i < SIGNED_IN_COUNSELLORS; i++) {
			LandScaleData.Counsellor counsellor = counsellors.get((i * 997) % counsellors.size());
			CookieManager cookies = new CookieManager();
			WeitblickHttpClient browser = new WeitblickHttpClient("http://localhost:" + this.port, cookies);
			browser.signIn(counsellor.username(), LandScaleData.PASSWORD);
			browsers.add(browser);
			sample.add(new SignedIn(counsellor, sessionId(cookies)));
		}

		// The fixed cost of any signed-in page: session, security, layout and rendering
		// of
		// a page that reads next to nothing (an empty inbox).
		Measurement.Figures emptyPageHttp = Measurement.measure(WARM_UP, SAMPLES, i -> {
			HttpResponse<String> page = get(browsers.get(i % browsers.size()), "/notifications");
			assertThat(page.statusCode()).isEqualTo(200);
		});
		// Each page and its statements take turns, so the ratio compares them under the
		// same conditions.
		Measurement.Figures[] caseload = Measurement.measureInTurns(WARM_UP, SAMPLES, i -> {
			HttpResponse<String> page = get(browsers.get(i % browsers.size()), "/participants");
			assertThat(page.statusCode()).isEqualTo(200);
		}, i -> caseloadSql(sample.get(i % sample.size())));
		Measurement.Figures caseloadHttp = caseload[0];
		Measurement.Figures caseloadSql = caseload[1];
		Measurement.Figures[] search = Measurement.measureInTurns(WARM_UP, SAMPLES, i -> {
			HttpResponse<String> page = get(browsers.get(i % browsers.size()),
					"/participants?name=" + TYPED_NAMES.get(i % TYPED_NAMES.size()));
			assertThat(page.statusCode()).isEqualTo(200);
		}, i -> searchSql(sample.get(i % sample.size()), TYPED_NAMES.get(i % TYPED_NAMES.size())));
		Measurement.Figures searchHttp = search[0];
		Measurement.Figures searchSql = search[1];

		// The same name search while a referral list is imported beside it (into another
		// team, as a Jobcenter's list arrives while counsellors work).
		ReferralImportId importing = this.uploads.start("benchmark.csv",
				ReferralImportBenchmark.generate(IMPORT_ROWS, System.currentTimeMillis(), 11),
				this.organisation.staffMember("fachkraft").orElseThrow());
		long importStarted = System.nanoTime();
		int[] duringImport = { 0 };
		Measurement.Figures searchDuringImport = Measurement.measure(0, SAMPLES, i -> {
			HttpResponse<String> page = get(browsers.get(i % browsers.size()),
					"/participants?name=" + TYPED_NAMES.get(i % TYPED_NAMES.size()));
			assertThat(page.statusCode()).isEqualTo(200);
			duringImport[0] += importFinished(importing) ? 0 : 1;
		});
		while (!importFinished(importing)) {
			Thread.sleep(200);
		}
		double importSeconds = (System.nanoTime() - importStarted) / 1e9;

		System.out.printf(Locale.ROOT, "%n%-40s %10s %10s%n", "measurement (" + SAMPLES + " samples)", "p50 ms",
				"p95 ms");
		Measurement.print("empty inbox page, HTTP", emptyPageHttp);
		Measurement.print("caseload page, HTTP", caseloadHttp);
		Measurement.print("caseload statements, SQL", caseloadSql);
		Measurement.print("name search page, HTTP", searchHttp);
		Measurement.print("name search statements, SQL", searchSql);
		Measurement.print("name search page, HTTP, during an import", searchDuringImport);
		System.out.printf(Locale.ROOT,
				"%n%,d of the %,d samples during the import were taken while it ran; the import of %,d rows took %.0f s"
						+ " (while in use: chunks of %s rows, pause ratio %s)%n",
				duringImport[0], SAMPLES, IMPORT_ROWS, importSeconds,
				this.environment.getProperty("weitblick.referral-import.chunk-size-while-in-use", "1000"),
				this.environment.getProperty("weitblick.referral-import.pause-ratio-while-in-use", "2"));
		System.out.printf(Locale.ROOT,
				"%nHTTP/SQL ratio at p95: caseload %.1f, name search %.1f; at p50: caseload %.1f, name search %.1f%n%n",
				caseloadHttp.p95() / caseloadSql.p95(), searchHttp.p95() / searchSql.p95(),
				caseloadHttp.p50() / caseloadSql.p50(), searchHttp.p50() / searchSql.p50());
	}

	/**
	 * Every statement one caseload request runs, straight in SQL and in the same
	 * transactions: the session is read, the signed-in counsellor looked up together with
	 * the unread notifications for the header (one statement, no transaction), the page,
	 * its count and the audit entries for the people shown written together, the team for
	 * the filter read, and the session's last access written back. The statements were
	 * taken from the database's statement log of a real request (the districts are read
	 * once per application, not per page).
	 */
	private void caseloadSql(SignedIn signedIn) {
		String where = "p.responsible_unit_id = :unit AND p.counsellor_id = :counsellor AND p.status = 'ACTIVE'";
		pageStatements(signedIn,
				() -> this.jdbc.sql(PAGE.formatted("""
						found AS MATERIALIZED (
						    SELECT p.id, p.search_name, p.birth_date, p.registered_on FROM participant p WHERE %s
						)""".formatted(where), "p.search_name, p.id", "shown.search_name, shown.id"))
					.param("unit", signedIn.counsellor().unitId())
					.param("counsellor", signedIn.counsellor().id())
					.param("today", LocalDate.now())
					.query((rs, n) -> rs.getObject("id", UUID.class))
					.list(),
				"CASELOAD");
	}

	/**
	 * Every statement one name search runs, straight in SQL, as {@link #caseloadSql}: the
	 * typed name's trigrams counted, then the team's postings read, the matches tested,
	 * counted and the page read in one statement.
	 */
	private void searchSql(SignedIn signedIn, String typed) {
		String name = Participant.normalise(typed);
		String found = """
				name_candidates AS MATERIALIZED (
				    SELECT t.participant_id AS id FROM participant_name_trigram t
				    WHERE t.unit_id = :unit AND t.trigram = ANY (show_trgm(:name))
				    GROUP BY t.participant_id HAVING 5 * count(*) >= 2 * :typedTrigrams
				), candidates AS MATERIALIZED (
				    SELECT p.id, p.search_name, p.birth_date, p.registered_on,
				           word_similarity(:name, p.search_name) AS name_closeness
				    FROM participant p WHERE p.responsible_unit_id = :unit AND p.id IN (SELECT id FROM name_candidates)
				), found AS MATERIALIZED (
				    SELECT * FROM candidates p WHERE p.search_name LIKE :prefix OR p.name_closeness >= CAST(0.4 AS float8)
				)""";
		String order = "(p.search_name = :name OR starts_with(p.search_name, :name || ' ')) DESC, "
				+ "p.name_closeness DESC, similarity(:name, p.search_name) DESC, p.search_name, p.id";
		pageStatements(signedIn, () -> {
			int trigrams = this.jdbc.sql(
					"SELECT set_config('pg_trgm.word_similarity_threshold', '0.4', true), cardinality(show_trgm(:name))")
				.param("name", name)
				.query((rs, n) -> rs.getInt(2))
				.single();
			return this.jdbc.sql(PAGE.formatted(found, order, order.replace("p.", "shown.")))
				.param("unit", signedIn.counsellor().unitId())
				.param("prefix", name + "%")
				.param("name", name)
				.param("typedTrigrams", trigrams)
				.param("today", LocalDate.now())
				.query((rs, n) -> rs.getObject("id", UUID.class))
				.list()
				.stream()
				.filter(java.util.Objects::nonNull)
				.toList();
		}, "SEARCH");
	}

	private void pageStatements(SignedIn signedIn, Supplier<List<UUID>> search, String purpose) {
		this.transactions.executeWithoutResult(tx -> this.jdbc.sql("""
				SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL,
				       SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
				FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
				WHERE S.SESSION_ID = :id
				""").param("id", signedIn.sessionId()).query().listOfRows());
		this.jdbc.sql("""
				SELECT a.id, a.username, a.display_name, a.role, a.organisational_unit_id,
				       (SELECT count(*) FROM staff_notification n
				        WHERE n.recipient_id = a.id AND n.read_at IS NULL) AS unread
				FROM staff_account a WHERE lower(a.username) = lower(:username)
				""").param("username", signedIn.counsellor().username()).query().listOfRows();
		this.transactions.executeWithoutResult(tx -> {
			// One entry naming the people shown through a list stored once a month, as
			// AuditTrail.recordList writes it.
			UUID[] shown = search.get().stream().distinct().sorted().toArray(UUID[]::new);
			if (shown.length == 0) {
				return;
			}
			LocalDate month = LocalDate.now(java.time.ZoneOffset.UTC).withDayOfMonth(1);
			this.jdbc
				.sql("""
						WITH list AS (
							INSERT INTO audit_subject_list (month, id, subject_ids)
							VALUES (:month, :list, CAST(:subjects AS uuid[]))
							ON CONFLICT DO NOTHING
						)
						INSERT INTO audit_event (id, occurred_at, actor, actor_role, action, subject_type, subject_list, purpose,
						                         detail_key, detail_args)
						VALUES (:id, now(), :actor, 'COUNSELLOR', 'READ', 'participant', :list, :purpose,
						        'participant.audit.listed', CAST(:arguments AS jsonb))
						""")
				.param("month", month)
				.param("list",
						UUID.nameUUIDFromBytes(
								(month + java.util.Arrays.toString(shown)).getBytes(StandardCharsets.UTF_8)))
				.param("subjects", shown)
				.param("id", TimeOrderedIds.next())
				.param("actor", signedIn.counsellor().username())
				.param("purpose", purpose)
				.param("arguments", "[" + shown.length + "]")
				.update();
		});
		this.readOnly.executeWithoutResult(tx -> this.jdbc.sql("""
				SELECT id, username, display_name, role, organisational_unit_id FROM staff_account
				WHERE role = 'COUNSELLOR' AND enabled AND organisational_unit_id = :unit ORDER BY display_name, username
				""").param("unit", signedIn.counsellor().unitId()).query().listOfRows());
		// Without waiting for the disk, as the application saves a session.
		this.transactions.executeWithoutResult(tx -> {
			this.jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
			this.jdbc.sql("""
					UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = :now, EXPIRY_TIME = :now + MAX_INACTIVE_INTERVAL * 1000
					WHERE SESSION_ID = :id
					""").param("now", System.currentTimeMillis()).param("id", signedIn.sessionId()).update();
		});
	}

	/**
	 * The session id a signed-in browser sends, as Spring Session keeps it (the cookie
	 * holds it Base64-encoded).
	 */
	private static String sessionId(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(cookie -> new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The sign-in left no session cookie"));
	}

	record SignedIn(LandScaleData.Counsellor counsellor, String sessionId) {
	}

	/** The page with its count, as {@code ParticipantFinder} reads it. */
	private static final String PAGE = """
			WITH %1$s
			SELECT counted.total, p.id, p.family_name, p.given_names, p.birth_date, d.name AS district_name,
			       p.counsellor_id, p.status,
			       ARRAY(SELECT g.focus_group_code FROM participant_focus_group g
			             WHERE g.participant_id = p.id AND g.valid_from <= :today
			               AND (g.valid_until IS NULL OR g.valid_until > :today)) AS focus_groups
			FROM (SELECT count(*) AS total FROM found) counted
			LEFT JOIN LATERAL (SELECT * FROM found p ORDER BY %2$s LIMIT 20 OFFSET 0) shown ON TRUE
			LEFT JOIN participant p ON p.id = shown.id
			LEFT JOIN city_district d ON d.code = p.district_code
			ORDER BY %3$s
			""";

	private boolean importFinished(ReferralImportId id) {
		return this.progress.referralImport(id, this.organisation.staffMember("fachkraft").orElseThrow())
			.orElseThrow()
			.finished();
	}

	private static HttpResponse<String> get(WeitblickHttpClient browser, String path) {
		try {
			return browser.get(path, "Accept", "text/html");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
