package de.weitblick.bench;

import java.net.CookieManager;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.weitblick.WeitblickHttpClient;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.shared.TimeOrderedIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant's start page (Mein Bereich) on a Land-sized data set: median and 95th
 * percentile through HTTP (session, security, the binding of the account, the page's
 * statement, the audit entry, rendering) and of the same statements straight in SQL, and
 * their ratio. Prints its figures; asserts only that the pages answered. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=ParticipantStartPageBenchmark} (see
 * docs/benchmarks.md).
 */
@WeitblickIntegrationTest
class ParticipantStartPageBenchmark {

	private static final long PARTICIPANTS = Long.getLong("weitblick.bench.participants", 1_000_000L);

	private static final int WARM_UP = Integer.getInteger("weitblick.bench.warm-up", 500);

	private static final int SAMPLES = Integer.getInteger("weitblick.bench.samples", 1000);

	/** Participants signed in at once, each with an account bound to a case file. */
	private static final int SIGNED_IN = 20;

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

	@Test
	void participantsStartPageOnALandSizedDataSet() throws Exception {
		LandScaleData data = new LandScaleData(this.jdbc, this.passwords);
		long started = System.nanoTime();
		List<LandScaleData.Counsellor> counsellors = data.ensureStaff();
		long added = data.ensureParticipants(PARTICIPANTS, counsellors, this.focusGroups.classifier());
		System.out.printf(Locale.ROOT, "%nData set: %,d participants (%,d added in %.0f s)%n", data.count(), added,
				(System.nanoTime() - started) / 1e9);

		String hash = this.passwords.encode(LandScaleData.PASSWORD);
		List<UUID> people = this.jdbc.sql("SELECT id FROM participant ORDER BY id LIMIT :n OFFSET :skip")
			.param("n", SIGNED_IN)
			.param("skip", Math.max(0, data.count() / 2))
			.query(UUID.class)
			.list();
		List<WeitblickHttpClient> browsers = new ArrayList<>();
		List<String[]> signedIn = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			String username = "bench-tn-" + i;
			UUID account = ensureAccount(username, hash, people.get(i));
			CookieManager cookies = new CookieManager();
			WeitblickHttpClient browser = new WeitblickHttpClient("http://localhost:" + this.port, cookies);
			browser.signIn(username, LandScaleData.PASSWORD);
			browsers.add(browser);
			signedIn.add(new String[] { username, sessionId(cookies), account.toString() });
		}
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);

		Measurement.Figures[] start = Measurement.measureInTurns(WARM_UP, SAMPLES, i -> {
			HttpResponse<String> page = browsers.get(i % browsers.size()).get("/mein-bereich");
			assertThat(page.statusCode()).isEqualTo(200);
		}, i -> startSql(transactions, signedIn.get(i % signedIn.size())));
		System.out.printf(Locale.ROOT, "%n%-40s %10s %10s%n", "measurement (" + SAMPLES + " samples)", "p50 ms",
				"p95 ms");
		Measurement.print("participant's start page, HTTP", start[0]);
		Measurement.print("start page statements, SQL", start[1]);
		System.out.printf(Locale.ROOT, "%nHTTP/SQL ratio at p95: %.1f; at p50: %.1f%n%n",
				start[0].p95() / start[1].p95(), start[0].p50() / start[1].p50());
	}

	private UUID ensureAccount(String username, String hash, UUID participant) {
		UUID account = this.jdbc.sql("SELECT id FROM staff_account WHERE username = :u")
			.param("u", username)
			.query(UUID.class)
			.optional()
			.orElseGet(() -> {
				UUID id = TimeOrderedIds.next();
				this.jdbc.sql("""
						INSERT INTO staff_account (id, version, username, display_name, password_hash, role)
						VALUES (:id, 0, :u, :u, :hash, 'PARTICIPANT')
						""").param("id", id).param("u", username).param("hash", hash).update();
				return id;
			});
		// Bound to this person alone, whichever people an earlier run on a smaller data
		// set bound the benchmark's accounts to (an account has one binding for ever).
		this.jdbc.sql("""
				UPDATE portal_account SET revoked_at = now()
				WHERE participant_id = :p AND account_id <> :a AND revoked_at IS NULL
				""").param("a", account).param("p", participant).update();
		this.jdbc.sql("""
				INSERT INTO portal_account (id, participant_id, account_id, bound_at) VALUES (:id, :p, :a, now())
				ON CONFLICT (account_id) DO UPDATE SET participant_id = EXCLUDED.participant_id, revoked_at = NULL
				WHERE portal_account.participant_id <> EXCLUDED.participant_id OR portal_account.revoked_at IS NOT NULL
				""").param("id", TimeOrderedIds.next()).param("p", participant).param("a", account).update();
		return account;
	}

	/**
	 * Every statement one start page request runs, straight in SQL and in the same
	 * transactions: the session read, the account's standing, the page's one statement
	 * with its audit entry, and the session's last access written back.
	 */
	private void startSql(TransactionTemplate transactions, String[] signedIn) {
		String username = signedIn[0];
		transactions.executeWithoutResult(tx -> this.jdbc.sql("""
				SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL,
				       SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
				FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
				WHERE S.SESSION_ID = :id
				""").param("id", signedIn[1]).query().listOfRows());
		this.jdbc.sql("""
				SELECT a.id, a.username, a.display_name, a.role, a.organisational_unit_id,
				       a.enabled, a.password_change_required,
				       (SELECT count(*) FROM staff_notification n
				        WHERE n.recipient_id = a.id AND n.read_at IS NULL) AS unread
				FROM staff_account a WHERE lower(a.username) = lower(:username)
				""").param("username", username).query().listOfRows();
		transactions.executeWithoutResult(tx -> {
			UUID participant = this.jdbc.sql("""
					SELECT p.id, a.username, p.given_names, c.display_name AS counsellor,
					       (SELECT count(*) FROM participant_message m
					        WHERE m.participant_id = p.id AND NOT m.from_participant AND m.read_at IS NULL) AS unread
					FROM staff_account a
					JOIN portal_account b ON b.account_id = a.id AND b.revoked_at IS NULL
					JOIN participant p ON p.id = b.participant_id
					LEFT JOIN staff_account c ON c.id = p.counsellor_id
					WHERE lower(a.username) = lower(:username) AND a.role = 'PARTICIPANT' AND a.enabled
					""").param("username", username).query((rs, n) -> rs.getObject("id", UUID.class)).single();
			this.jdbc
				.sql("""
						INSERT INTO audit_event (id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose,
						                         detail_key)
						VALUES (:id, :now, :actor, 'PARTICIPANT', 'READ', 'participant', :subject, 'SUBJECT_ACCESS',
						        'participant.portal.audit.start-read')
						""")
				.param("id", TimeOrderedIds.next())
				.param("now", OffsetDateTime.now(ZoneOffset.UTC))
				.param("actor", username)
				.param("subject", participant)
				.update();
		});
		// Without waiting for the disk, as the application saves a session.
		transactions.executeWithoutResult(tx -> {
			this.jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
			this.jdbc.sql("""
					UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = :now, EXPIRY_TIME = :now + MAX_INACTIVE_INTERVAL * 1000
					WHERE SESSION_ID = :id
					""").param("now", System.currentTimeMillis()).param("id", signedIn[1]).update();
		});
	}

	private static String sessionId(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(cookie -> new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The sign-in left no session cookie"));
	}

}
