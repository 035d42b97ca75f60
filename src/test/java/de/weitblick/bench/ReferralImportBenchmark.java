package de.weitblick.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.referralimport.ReferralImport;
import de.weitblick.participant.referralimport.ReferralImportId;
import de.weitblick.participant.referralimport.ReferralImportStatus;
import de.weitblick.participant.referralimport.ReferralListUploads;
import de.weitblick.participant.referralimport.ReferralImportProgress;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a generated referral list of 200,000 rows (settable) through the application's
 * own import, as a counsellor's upload would, and reports rows per second: once for a
 * list of new people, once more for the same list, which must create nobody. Prints its
 * figures; asserts only that every row was accounted for. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=ReferralImportBenchmark} (see
 * docs/benchmarks.md).
 */
@WeitblickIntegrationTest
@TestPropertySource(properties = "weitblick.referral-import.maximum-file-size=512MB")
class ReferralImportBenchmark {

	private static final int ROWS = Integer.getInteger("weitblick.bench.referral-rows", 200_000);

	/**
	 * The people of the list measured: another seed for a database in which an earlier
	 * run registered those of this one.
	 */
	private static final long SEED = Long.getLong("weitblick.bench.referral-seed", 42);

	/**
	 * Rows of a list imported first, so that the figures are those of a server that has
	 * imported before: the first import after a start pays for compiling the import's
	 * code (several processor seconds), once. 0 measures a freshly started process.
	 */
	private static final int WARM_UP_ROWS = Integer.getInteger("weitblick.bench.referral-warm-up-rows", 20_000);

	/** Rows with an impossible birth date, as a real list has a few. */
	private static final int INVALID_EVERY = 100;

	private static final boolean STATEMENTS = Boolean.getBoolean("weitblick.bench.statements");

	private static final String[] DISTRICTS = { "Mitte", "Südstadt", "Wesertor", "Nord (Holland)", "Bettenhausen",
			"Rothenditmold", "Oberzwehren", "Niederzwehren", "Forstfeld", "Waldau" };

	private static final String[] ORIGINS = { "TR", "SY", "UA", "PL", "RO", "AF", "IQ", "ER", "GH", "IR" };

	private static final String[] LANGUAGES = { "tr", "ar", "uk", "pl", "ro", "fa", "ar", "ti", "en", "fa" };

	@Autowired
	ReferralListUploads uploads;

	@Autowired
	ReferralImportProgress progress;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsAReferralListOf200000Rows() throws Exception {
		StaffMember counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		if (WARM_UP_ROWS > 0) {
			// Other people than those of the list measured: another seed.
			ReferralImport warmUp = importAndWait(generate(WARM_UP_ROWS, System.currentTimeMillis() + 1, 7), counsellor,
					"warm-up, the first import of the process");
			assertThat(warmUp.status()).isEqualTo(ReferralImportStatus.COMPLETED);
		}
		long started = System.nanoTime();
		byte[] list = generate(ROWS, System.currentTimeMillis(), SEED);
		System.out.printf(Locale.ROOT, "%nGenerated a referral list of %,d rows, %.1f MB, in %.1f s%n", ROWS,
				list.length / 1e6, (System.nanoTime() - started) / 1e9);

		if (STATEMENTS) {
			this.jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
			this.jdbc.sql("SELECT pg_stat_statements_reset()").query().listOfRows();
		}
		ReferralImport first = importAndWait(list, counsellor, "new people");
		if (STATEMENTS) {
			printStatements();
		}

		ReferralImport second = importAndWait(list, counsellor, "the same list again");
		assertThat(second.createdRows()).isZero();
		assertThat(second.alreadyImportedRows()).isEqualTo(first.createdRows());
	}

	/**
	 * With {@code -Dweitblick.bench.statements=true} the embedded server loads
	 * {@code pg_stat_statements}, and the statements of the import of new people are
	 * printed with their time and write-ahead log, the foreign-key checks among them.
	 */
	@DynamicPropertySource
	static void statementStatistics(DynamicPropertyRegistry properties) {
		if (STATEMENTS) {
			properties.add("weitblick.embedded-database.server-settings[shared_preload_libraries]",
					() -> "pg_stat_statements");
			properties.add("weitblick.embedded-database.server-settings[pg_stat_statements.track]", () -> "all");
		}
	}

	private void printStatements() {
		System.out.printf(Locale.ROOT, "%n%10s %10s %10s %8s  %s%n", "ms", "calls", "rows", "WAL MB", "statement");
		this.jdbc.sql("""
				SELECT round(total_exec_time) AS ms, calls, rows, round(wal_bytes / 1e6) AS wal,
				       left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query
				FROM pg_stat_statements WHERE total_exec_time >= 10 ORDER BY total_exec_time DESC
				""")
			.query((rs, n) -> String.format(Locale.ROOT, "%,10d %,10d %,10d %8d  %s", rs.getLong("ms"),
					rs.getLong("calls"), rs.getLong("rows"), rs.getLong("wal"), rs.getString("query")))
			.list()
			.forEach(System.out::println);
		System.out.println();
	}

	private ReferralImport importAndWait(byte[] list, StaffMember counsellor, String what) throws Exception {
		long registered = this.jdbc.sql("SELECT count(*) FROM participant").query(Long.class).single();
		double applicationCpu = applicationCpuSeconds();
		Map<Long, Long> databaseCpuBefore = databaseCpuNanos();
		long started = System.nanoTime();
		ReferralImportId id = this.uploads.start("benchmark.csv", list, counsellor);
		long accepted = System.nanoTime();
		ReferralImport state = this.progress.referralImport(id, counsellor).orElseThrow();
		while (!state.finished()) {
			Thread.sleep(50);
			state = this.progress.referralImport(id, counsellor).orElseThrow();
		}
		double total = (System.nanoTime() - started) / 1e9;
		applicationCpu = applicationCpuSeconds() - applicationCpu;
		double databaseCpu = databaseCpuSecondsSince(databaseCpuBefore);
		double check = (accepted - started) / 1e9;
		double running = Duration.between(state.startedAt(), state.finishedAt()).toMillis() / 1e3;
		System.out.printf(Locale.ROOT,
				"Referral import, %s: %,d rows (%,d registered, %,d already imported, %,d likely duplicates, "
						+ "%,d invalid)%n  upload check %.2f s, import %.2f s: %,.0f rows/s; end to end %.2f s: "
						+ "%,.0f rows/s%n",
				what, state.processedRows(), state.createdRows(), state.alreadyImportedRows(), state.duplicateRows(),
				state.invalidRows(), check, running, state.processedRows() / running, total,
				state.processedRows() / total);
		// On a shared machine the time depends on what else runs; the processor time
		// spent does much less.
		System.out.printf(Locale.ROOT,
				"  processor time end to end: application %.1f s, database %.1f s, together %.1f s: "
						+ "%,.0f rows per processor-second%n",
				applicationCpu, databaseCpu, applicationCpu + databaseCpu,
				state.processedRows() / (applicationCpu + databaseCpu));
		if (state.createdRows() > 0) {
			System.out.printf(Locale.ROOT, "  processor time per person registered: %.0f µs, at a register of %,d%n",
					(applicationCpu + databaseCpu) * 1e6 / state.createdRows(), registered);
		}
		return state;
	}

	private static double applicationCpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
	}

	/**
	 * The processor time of the database's processes when it runs on this machine (the
	 * embedded one or the machine's service; nothing otherwise), by process: the
	 * postmaster with what its ended processes spent (the children it has reaped, as
	 * Linux counts them), and each of its processes still running. So a process that
	 * begins and ends during the import (an autovacuum worker) is counted too; another
	 * database of the same server must be quiet meanwhile.
	 */
	private Map<Long, Long> databaseCpuNanos() {
		long backend = this.jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
		Map<Long, Long> spent = new HashMap<>();
		ProcessHandle.of(backend).flatMap(ProcessHandle::parent).ifPresent(postmaster -> {
			spent.put(postmaster.pid(), ticksOf(postmaster.pid(), true) * 10_000_000L);
			postmaster.descendants()
				.forEach(process -> spent.put(process.pid(), ticksOf(process.pid(), false) * 10_000_000L));
		});
		return spent;
	}

	/**
	 * A process's processor time in clock ticks of 10 ms from {@code /proc/<pid>/stat}:
	 * user and system time, with those of its reaped children when asked; 0 when the
	 * process has ended or the system has no {@code /proc}.
	 */
	private static long ticksOf(long pid, boolean withReapedChildren) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// The fields after the command in brackets, from the third (state) on.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return withReapedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * The database's processor time since the reading given: what each process still
	 * running spent since, and all of what a process begun since spent; what ended
	 * processes spent is in the postmaster's figure.
	 */
	private double databaseCpuSecondsSince(Map<Long, Long> before) {
		long spent = 0;
		for (Map.Entry<Long, Long> now : databaseCpuNanos().entrySet()) {
			spent += Math.max(0, now.getValue() - before.getOrDefault(now.getKey(), 0L));
		}
		return spent / 1e9;
	}

	/**
	 * A list as German Excel writes it: semicolons, dates as TT.MM.JJJJ, people spread as
	 * in the demo data (a third under 25, four in ten immigrated, most unemployed).
	 */
	static byte[] generate(int rows, long run) {
		return generate(rows, run, 42);
	}

	static byte[] generate(int rows, long run, long seed) {
		Random random = new Random(seed);
		LocalDate today = LocalDate.now();
		StringBuilder csv = new StringBuilder(rows * 200);
		csv.append("Kundennummer;Nachname;Vorname;Geburtsdatum;Geschlecht;Straße;PLZ;Ort;Stadtteil;Telefon;")
			.append("Leistungsgrundlage;Arbeitslos seit;Sprachen;Staatsangehörigkeit;Geburtsland;Zuzugsjahr;")
			.append("Zuweisungsdatum;Bemerkung\r\n");
		String prefix = Long.toString(run % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
		for (int i = 0; i < rows; i++) {
			boolean immigrated = random.nextInt(100) < 42;
			int origin = random.nextInt(ORIGINS.length);
			int age = (random.nextInt(100) < 32) ? 16 + random.nextInt(9) : 25 + random.nextInt(38);
			LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
			String family = LandScaleData.FAMILY_NAMES[random.nextInt(LandScaleData.FAMILY_NAMES.length)] + "-"
					+ LandScaleData.FAMILY_NAMES[random.nextInt(LandScaleData.FAMILY_NAMES.length)];
			String given = LandScaleData.GIVEN_NAMES[random.nextInt(LandScaleData.GIVEN_NAMES.length)];
			csv.append(prefix).append('X').append(i).append(';');
			csv.append(family).append(';').append(given).append(';');
			csv.append((i % INVALID_EVERY == 0) ? "31.02." + birth.getYear() : german(birth)).append(';');
			csv.append(random.nextBoolean() ? 'w' : 'm').append(';');
			csv.append("Beispielstraße ").append(1 + random.nextInt(120)).append(';');
			csv.append("341").append(10 + random.nextInt(70)).append(";Kassel;");
			csv.append(DISTRICTS[random.nextInt(DISTRICTS.length)]).append(';');
			csv.append("0561 ").append(100000 + random.nextInt(900000)).append(';');
			csv.append((random.nextInt(100) < 85) ? "SGB II" : "SGB XII Kap. 3").append(';');
			if (age >= 18 && random.nextInt(100) < 70) {
				LocalDate unemployedSince = today.minusMonths(random.nextInt(60)).minusDays(random.nextInt(28));
				csv.append(
						german(unemployedSince.isBefore(birth.plusYears(16)) ? birth.plusYears(16) : unemployedSince));
			}
			csv.append(';');
			if (immigrated) {
				csv.append('"').append(LANGUAGES[origin]).append(" Muttersprache, de B1\";").append(ORIGINS[origin]);
				csv.append(';')
					.append(ORIGINS[origin])
					.append(';')
					.append(today.getYear() - random.nextInt(Math.min(age, 30)));
			}
			else {
				csv.append("de Muttersprache;DE;DE;");
			}
			csv.append(';').append(german(today.minusDays(random.nextInt(60)))).append(';');
			if (random.nextInt(100) < 10) {
				csv.append("\"Termine bitte vormittags; Kinderbetreuung ab 8 Uhr\"");
			}
			csv.append("\r\n");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(csv.length() + 3);
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private static String german(LocalDate date) {
		return String.format(Locale.ROOT, "%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

}
