package de.weitblick.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.weitblick.shared.Figure;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.reporting.FunderReport;
import de.weitblick.reporting.FunderReports;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XLSX workbook of a funder report with 100,000 rows (budget lines), written the way
 * a report run writes it: time and peak heap. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=FunderReportWorkbookBenchmark} (see
 * docs/benchmarks.md).
 */
@WeitblickIntegrationTest
class FunderReportWorkbookBenchmark {

	private static final int ROWS = Integer.getInteger("weitblick.bench.rows", 100_000);

	@Autowired
	FunderReports reports;

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
