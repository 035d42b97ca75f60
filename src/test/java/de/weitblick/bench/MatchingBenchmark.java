package de.weitblick.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.matching.engine.AssignmentEngine;
import de.weitblick.matching.engine.AssignmentInstance;
import de.weitblick.matching.engine.AssignmentResult;
import de.weitblick.matching.engine.SolveStatus;
import de.weitblick.matching.run.RunStore;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching engine on generated participant × place instances (see
 * {@link MatchingInstances}): model-building and solve time of the min-cost flow, the
 * end-to-end time of a matching run over inputs kept in PostgreSQL (reading the pairs,
 * solving, writing the proposals in one transaction), and Timefold Solver on the sizes S
 * and M with a fixed time budget against the proven optimum. Prints its figures; asserts
 * only that every solution is optimal and the run complete. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=MatchingBenchmark} (see docs/benchmarks.md).
 */
@WeitblickIntegrationTest
class MatchingBenchmark {

	private static final List<String> SIZES = Arrays
		.asList(System.getProperty("weitblick.bench.matching-sizes", "S,M,L").split(","));

	private static final Duration TIMEFOLD_BUDGET = Duration
		.ofSeconds(Long.getLong("weitblick.bench.timefold-seconds", 10));

	private static final long SEED = 20261206L;

	@Autowired
	RunStore store;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void matchingFigures() throws Exception {
		AssignmentEngine engine = AssignmentEngine.standard();
		// warm-up: the first solve pays for loading the native library and compiling
		engine.solve(MatchingInstances.generate(MatchingInstances.Size.S, SEED + 1).instance());
		System.out.printf("%nsize  participants  places  arcs        build ms  solve ms  objective    placed%n");
		for (String name : SIZES) {
			MatchingInstances.Size size = MatchingInstances.Size.valueOf(name.strip());
			long generated = System.nanoTime();
			AssignmentInstance instance = MatchingInstances.generate(size, SEED).instance();
			long generationMillis = (System.nanoTime() - generated) / 1_000_000;
			AssignmentResult raw = engine.solve(instance);
			assertThat(raw.status()).isEqualTo(SolveStatus.OPTIMAL);
			System.out.printf("%-4s  %12d  %6d  %10d  %8d  %8d  %10d  %8d   (generated in %d ms)%n", size,
					instance.participants(), instance.places(), instance.arcs(), raw.buildMillis(), raw.solveMillis(),
					raw.objective(), raw.assigned(), generationMillis);
			endToEnd(engine, size, instance, raw.objective());
			if (size == MatchingInstances.Size.S || size == MatchingInstances.Size.M) {
				long timefold = TimefoldAssignment.solve(instance, TIMEFOLD_BUDGET);
				System.out.printf("      Timefold %s, %d s: objective %d against the optimum %d (%s)%n", size,
						TIMEFOLD_BUDGET.toSeconds(), timefold, raw.objective(),
						(timefold < 0) ? "capacity broken" : String.format("%.2f %% above",
								100.0 * (timefold - raw.objective()) / raw.objective()));
			}
			Runtime runtime = Runtime.getRuntime();
			System.out.printf("      heap used %d MB of at most %d MB%n",
					(runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
		}
	}

	private void endToEnd(AssignmentEngine engine, MatchingInstances.Size size, AssignmentInstance instance,
			long optimum) throws Exception {
		UUID run = UUID.randomUUID();
		this.store.open(run, "benchmark:" + run, "benchmark", Instant.now());
		long kept = System.nanoTime();
		keep(run, instance);
		long keepMillis = (System.nanoTime() - kept) / 1_000_000;

		long started = System.nanoTime();
		RunStore.Loaded loaded = this.store.load(run);
		long read = System.nanoTime();
		AssignmentResult result = engine.solve(loaded.instance());
		long solved = System.nanoTime();
		this.store.complete(run, loaded, result, Instant.now());
		long written = System.nanoTime();

		assertThat(result.objective()).isEqualTo(optimum);
		long endToEnd = (written - started) / 1_000_000;
		long engineMillis = result.buildMillis() + result.solveMillis();
		System.out.printf(
				"      end to end %d ms = read %d + build %d + solve %d + write %d (+ %d outside the engine's figures);"
						+ " end to end / (build + solve) = %.2f, / solve = %.2f; inputs kept in %d ms%n",
				endToEnd, (read - started) / 1_000_000, result.buildMillis(), result.solveMillis(),
				(written - solved) / 1_000_000, (solved - read) / 1_000_000 - engineMillis,
				(double) endToEnd / Math.max(1, engineMillis), (double) endToEnd / Math.max(1, result.solveMillis()),
				keepMillis);
		assertThat(this.jdbc.sql("SELECT count(*) FROM matching_proposal WHERE run_id = :id")
			.param("id", run)
			.query(Long.class)
			.single()).isEqualTo(instance.participants());
		this.jdbc.sql("DELETE FROM matching_run WHERE id = :id").param("id", run).update();
		System.out.printf("      (%s cleaned up)%n", size);
	}

	/** Keeps the generated inputs with the run, as a run keeps what it read. */
	private void keep(UUID run, AssignmentInstance instance) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder rows = new StringBuilder();
			for (int i = 0; i < instance.participants(); i++) {
				rows.append(run).append('\t').append(i).append('\t').append(UUID.randomUUID()).append('\t');
				rows.append(instance.unassignedCost()[i]).append('\n');
			}
			copy.copyIn("COPY matching_candidate (run_id, ordinal, participant_id, unassigned_cost) FROM STDIN",
					new StringReader(rows.toString()));
			rows.setLength(0);
			for (int p = 0; p < instance.places(); p++) {
				rows.append(run).append('\t').append(p).append('\t').append(UUID.randomUUID()).append('\t');
				rows.append(UUID.randomUUID()).append("\tProjekt ").append(p).append("\t2026/27\t");
				rows.append(instance.capacities()[p]).append('\n');
			}
			copy.copyIn("COPY matching_place (run_id, ordinal, project_id, place_period_id, project_name, period_label,"
					+ " capacity) FROM STDIN", new StringReader(rows.toString()));
			int chunk = 500_000;
			for (int from = 0; from < instance.arcs(); from += chunk) {
				rows.setLength(0);
				for (int a = from; a < Math.min(instance.arcs(), from + chunk); a++) {
					rows.append(run).append('\t').append(instance.arcParticipant()[a]).append('\t');
					rows.append(instance.arcPlace()[a]).append('\t').append(instance.arcCost()[a]);
					rows.append("\t{-1,-1,-1,-1,-1,-1}\t\\N\n");
				}
				copy.copyIn("COPY matching_arc (run_id, candidate, place, cost, parts, earlier) FROM STDIN",
						new StringReader(rows.toString()));
			}
		}
	}

}
