package de.weitblick.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.focusgroup.FocusGroupManagement;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.reporting.FunderReport;
import de.weitblick.reporting.FunderReports;
import de.weitblick.shared.Figure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A funder report on a Land-sized year: its figures computed by the application side by
 * side with one hand-written SQL statement that computes the same figures, times and
 * their ratio, and a check that both give the same figures; and the XLSX workbook of a
 * funder report with 100,000 rows (budget lines), written the way a report run writes it:
 * time and peak heap. The data set is by default 1,000,000 participants, 5,000 projects
 * and 3,000,000 enrolments; {@code -Dweitblick.bench.scale=0.01} makes it a hundredth.
 * The small-number rule is set to hide nothing, so that the figures compare one to one.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=FunderReportWorkbookBenchmark} (see
 * docs/benchmarks.md).
 */
@WeitblickIntegrationTest
@TestPropertySource(properties = "weitblick.disclosure.threshold=1")
class FunderReportWorkbookBenchmark {

	private static final int ROWS = Integer.getInteger("weitblick.bench.rows", 100_000);

	private static final double SCALE = Double.parseDouble(System.getProperty("weitblick.bench.scale", "1"));

	private static final long PARTICIPANTS = Math.round(1_000_000 * SCALE);

	private static final int PROJECTS = (int) Math.round(5_000 * SCALE);

	private static final int WARM_UP = Integer.getInteger("weitblick.bench.warm-up", 2);

	private static final int SAMPLES = Integer.getInteger("weitblick.bench.samples", 5);

	/**
	 * The year reported on: the bench data's last whole year, with entries, leavers and
	 * follow-ups.
	 */
	private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	private static final LocalDate TO = LocalDate.of(2025, 12, 31);

	private static final List<String> EXCLUSIVE_SECTIONS = List.of("gender", "age", "labour-market", "education");

	/**
	 * The figures of a funder report in one hand-written statement: programme's projects,
	 * first entry per person with what was recorded at entry, participants, leavers,
	 * outcomes and result indicators per period, budget per line. One row per figure.
	 */
	static final String HAND_WRITTEN = """
			WITH scope AS (
			    SELECT DISTINCT project_id AS id FROM funding_grant
			    WHERE programme_id = :programme AND starts_on <= :to AND ends_on >= :from
			), entry AS (
			    SELECT DISTINCT ON (e.participant_id) e.id FROM enrolment e JOIN scope s ON s.id = e.project_id
			    WHERE e.started_on BETWEEN :from AND :to AND e.status <> 'MERGED'
			    ORDER BY e.participant_id, e.started_on, e.id
			), entry_counts AS (
			    SELECT count(*) AS total,
			           count(*) FILTER (WHERE f.gender = 'FEMALE') AS women,
			           count(*) FILTER (WHERE f.gender = 'MALE') AS men,
			           count(*) FILTER (WHERE f.gender = 'DIVERSE') AS non_binary,
			           count(*) FILTER (WHERE f.gender IS NULL OR f.gender NOT IN ('FEMALE', 'MALE', 'DIVERSE')) AS gender_not_stated,
			           count(*) FILTER (WHERE f.age_at_entry < 18) AS age_under_18,
			           count(*) FILTER (WHERE f.age_at_entry BETWEEN 18 AND 29) AS age_18_29,
			           count(*) FILTER (WHERE f.age_at_entry BETWEEN 30 AND 54) AS age_30_54,
			           count(*) FILTER (WHERE f.age_at_entry >= 55) AS age_55_plus,
			           count(*) FILTER (WHERE f.labour_market = 'UNEMPLOYED') AS unemployed_short,
			           count(*) FILTER (WHERE f.labour_market = 'LONG_TERM_UNEMPLOYED') AS long_term_unemployed,
			           count(*) FILTER (WHERE f.labour_market = 'NOT_UNEMPLOYED') AS not_unemployed,
			           count(*) FILTER (WHERE f.education = 'ISCED_0_2') AS isced_0_2,
			           count(*) FILTER (WHERE f.education = 'ISCED_3_4') AS isced_3_4,
			           count(*) FILTER (WHERE f.education = 'ISCED_5_8') AS isced_5_8,
			           count(*) FILTER (WHERE f.foreign_background) AS foreign_background,
			           count(*) FILTER (WHERE f.single_parent) AS single_parent
			    FROM entry JOIN enrolment_entry_facts f ON f.enrolment_id = entry.id
			), periods AS (
			    SELECT pp.id, p.name, pp.label FROM place_period pp JOIN scope s ON s.id = pp.project_id
			    JOIN project p ON p.id = pp.project_id
			    WHERE pp.starts_on <= :to AND pp.ends_on >= :from
			), leavers AS (
			    SELECT e.place_period_id AS period, o.exit_outcome AS exit, coalesce(o.job_searching, FALSE) AS searching,
			           coalesce(o.qualification_gained, FALSE) AS gained, o.follow_up_status AS later,
			           o.follow_up_due_on AS due
			    FROM periods pe JOIN enrolment e ON e.place_period_id = pe.id
			    LEFT JOIN enrolment_outcome o ON o.enrolment_id = e.id
			    WHERE e.status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')
			)
			SELECT 'entry' AS kind, NULL AS project, NULL AS period, x.k AS figure, x.v AS value, NULL::bigint AS actual
			FROM entry_counts, LATERAL (VALUES ('total', total), ('women', women), ('men', men), ('non_binary', non_binary),
			    ('gender_not_stated', gender_not_stated), ('age_under_18', age_under_18), ('age_18_29', age_18_29),
			    ('age_30_54', age_30_54), ('age_55_plus', age_55_plus), ('unemployed_short', unemployed_short),
			    ('long_term_unemployed', long_term_unemployed), ('not_unemployed', not_unemployed),
			    ('isced_0_2', isced_0_2), ('isced_3_4', isced_3_4), ('isced_5_8', isced_5_8),
			    ('foreign_background', foreign_background), ('single_parent', single_parent)) AS x(k, v)
			UNION ALL
			SELECT 'result', pe.name, pe.label, 'tookPart', count(e.id), NULL
			FROM periods pe LEFT JOIN enrolment e ON e.place_period_id = pe.id AND e.started_on IS NOT NULL
			     AND e.status <> 'MERGED'
			GROUP BY pe.id, pe.name, pe.label
			UNION ALL
			SELECT 'result', pe.name, pe.label, x.k, x.v, NULL
			FROM periods pe JOIN (
			    SELECT period, count(*) AS leavers,
			           count(*) FILTER (WHERE exit IS NOT NULL AND searching AND exit NOT IN ('EMPLOYMENT',
			               'SELF_EMPLOYMENT', 'APPRENTICESHIP', 'SCHOOL', 'FURTHER_TRAINING')) AS eecr01,
			           count(*) FILTER (WHERE exit IN ('APPRENTICESHIP', 'SCHOOL', 'FURTHER_TRAINING')) AS eecr02,
			           count(*) FILTER (WHERE exit IS NOT NULL AND (gained OR exit = 'RECOGNITION_ACHIEVED')) AS eecr03,
			           count(*) FILTER (WHERE exit IN ('EMPLOYMENT', 'SELF_EMPLOYMENT')) AS eecr04,
			           count(*) FILTER (WHERE exit IS NOT NULL AND due <= :today
			                            AND later IN ('EMPLOYMENT', 'SELF_EMPLOYMENT')) AS eecr05
			    FROM leavers GROUP BY period
			) c ON c.period = pe.id,
			LATERAL (VALUES ('leavers', c.leavers), ('outcome.indicator.EECR01', c.eecr01),
			    ('outcome.indicator.EECR02', c.eecr02), ('outcome.indicator.EECR03', c.eecr03),
			    ('outcome.indicator.EECR04', c.eecr04), ('outcome.indicator.EECR05', c.eecr05)) AS x(k, v)
			UNION ALL
			SELECT 'result', pe.name, pe.label, coalesce('outcome.kind.' || l.exit, 'reporting.outcome.not-recorded'),
			       count(*), NULL
			FROM leavers l JOIN periods pe ON pe.id = l.period
			GROUP BY pe.id, pe.name, pe.label, l.exit
			UNION ALL
			SELECT 'budget', p.name, g.notice_number || '|' || 'funding.category.' || l.category || '|' || l.cost_centre,
			       NULL, coalesce(sum(m.planned_cents), 0), coalesce(sum(m.actual_cents), 0)
			FROM funding_grant g JOIN project p ON p.id = g.project_id JOIN funding_budget_line l ON l.grant_id = g.id
			LEFT JOIN funding_budget_month m ON m.budget_line_id = l.id
			     AND m.month BETWEEN date_trunc('month', CAST(:from AS date)) AND :to
			WHERE g.programme_id = :programme AND g.starts_on <= :to AND g.ends_on >= :from
			GROUP BY g.id, l.id, p.name
			""";

	@Autowired
	FunderReports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	FocusGroupManagement focusGroups;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Clock clock;

	@Test
	void aFunderReportOfALandSizedYearAgainstHandWrittenSql() throws Exception {
		long started = System.nanoTime();
		LandScaleData people = new LandScaleData(this.jdbc, this.passwords);
		people.ensureParticipants(PARTICIPANTS, people.ensureStaff(), this.focusGroups.classifier());
		ProjectScaleData projects = new ProjectScaleData(this.jdbc, this.passwords);
		projects.ensure(PROJECTS, PARTICIPANTS);
		FundingProgrammeId programme = new FundingProgrammeId(new FundingScaleData(this.jdbc).ensure(PROJECTS));
		System.out.printf(Locale.ROOT, "%nData set: %,d participants, %,d projects, %,d enrolments (%.0f s)%n",
				people.count(), PROJECTS, projects.enrolments(), (System.nanoTime() - started) / 1e9);
		StaffMember controlling = this.organisation.staffMember("controlling").orElseThrow();

		List<String> application = figures(this.reports.compute(programme, null, FROM, TO, controlling));
		List<String> handWritten = handWritten(programme);
		assertThat(application).as("the application's figures are those of the hand-written SQL")
			.isEqualTo(handWritten);

		Measurement.Figures[] times = Measurement.measureInTurns(WARM_UP, SAMPLES,
				i -> this.reports.compute(programme, null, FROM, TO, controlling), i -> handWritten(programme));
		System.out.printf(Locale.ROOT, "%nFunder report of %s to %s, %,d figures compared and equal%n", FROM, TO,
				application.size());
		System.out.printf(Locale.ROOT, "%n%-40s %10s %10s%n", "measurement (" + SAMPLES + " samples)", "p50 ms",
				"p95 ms");
		Measurement.print("funder report's figures, application", times[0]);
		Measurement.print("the same figures, hand-written SQL", times[1]);
		System.out.printf(Locale.ROOT, "%-40s %10.2f %10.2f%n", "ratio application / SQL",
				times[0].p50() / times[1].p50(), times[0].p95() / times[1].p95());
	}

	/**
	 * The report's figures as comparable lines, figures of zero left out (the
	 * hand-written statement has no row for a category nobody is in).
	 */
	private static List<String> figures(FunderReport report) {
		List<String> lines = new ArrayList<>();
		report.entry()
			.forEach(section -> section.rows()
				.forEach(row -> lines.add("entry|" + row.labelKey() + "|" + row.cell().value())));
		report.results().forEach(result -> {
			String at = "result|" + result.project() + "|" + result.period() + "|";
			lines.add(at + "tookPart|" + result.tookPart().value());
			lines.add(at + "leavers|" + result.leavers().value());
			result.outcomes().forEach(row -> lines.add(at + row.labelKey() + "|" + row.cell().value()));
			result.indicators().forEach(row -> lines.add(at + row.labelKey() + "|" + row.cell().value()));
		});
		report.budget()
			.forEach(row -> lines.add("budget|" + row.project() + "|" + row.noticeNumber() + "|" + row.categoryKey()
					+ "|" + row.costCentre() + "|" + row.plannedCents() + "|" + row.actualCents()));
		return lines.stream().filter(line -> !line.endsWith("|0") || line.startsWith("budget")).sorted().toList();
	}

	private List<String> handWritten(FundingProgrammeId programme) {
		List<String> lines = new ArrayList<>();
		this.jdbc.sql(HAND_WRITTEN)
			.param("programme", programme.id())
			.param("from", FROM)
			.param("to", TO)
			.param("today", LocalDate.now(this.clock))
			.query((rs, n) -> {
				String kind = rs.getString("kind");
				long value = rs.getLong("value");
				switch (kind) {
					case "entry" -> {
						String figure = rs.getString("figure");
						if (figure.equals("total")) {
							EXCLUSIVE_SECTIONS.forEach(section -> lines.add("entry|reporting.entry.total|" + value));
						}
						else {
							lines.add("entry|reporting.entry." + figure + "|" + value);
						}
					}
					case "result" -> lines.add("result|" + rs.getString("project") + "|" + rs.getString("period") + "|"
							+ rs.getString("figure") + "|" + value);
					default -> lines.add("budget|" + rs.getString("project") + "|" + rs.getString("period") + "|"
							+ value + "|" + rs.getLong("actual"));
				}
				return null;
			})
			.list();
		return lines.stream().filter(line -> !line.endsWith("|0") || line.startsWith("budget")).sorted().toList();
	}

	@Test
	void aWorkbookOfOneHundredThousandRows() {
		List<FunderReport.BudgetRow> budget = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			budget.add(new FunderReport.BudgetRow("AZ-" + (i / 12), "Projekt " + (i / 120),
					"funding.category." + ((i % 2 == 0) ? "STAFF" : "MATERIAL"), "KS-" + i, 100_000L + i, 90_000L + i));
		}
		FunderReport report = new FunderReport("Benchmark", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				3,
				List.of(new FunderReport.Section("reporting.entry.gender",
						List.of(new FunderReport.Row("reporting.entry.women", Figure.shown(ROWS))))),
				List.of(), budget);
		for (int round = 0; round < 3; round++) {
			System.gc();
			resetPeaks();
			long heapBefore = usedHeap();
			CountingStream out = new CountingStream();
			long started = System.nanoTime();
			this.reports.writeWorkbook(report, out);
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf(Locale.ROOT,
					"XLSX of %,d rows, round %d: %.2f s, %,d bytes, peak heap %,d MiB (used before %,d MiB, the rows "
							+ "themselves included)%n",
					ROWS, round + 1, seconds, out.count, peakHeap() >> 20, heapBefore >> 20);
			assertThat(out.count).isPositive();
		}
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static final class CountingStream extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
