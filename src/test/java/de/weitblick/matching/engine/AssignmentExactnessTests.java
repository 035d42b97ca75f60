package de.weitblick.matching.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every OR-Library assignment instance is solved to its published optimum, and the
 * solution passes a feasibility and cost check that does not use the engine's figures.
 */
class AssignmentExactnessTests {

	private final AssignmentEngine engine = AssignmentEngine.standard();

	@ParameterizedTest(name = "{0} is solved to its optimum {1}")
	@CsvSource({ "assign100.txt, 305", "assign200.txt, 475", "assign300.txt, 626", "assign400.txt, 804",
			"assign500.txt, 991", "assign600.txt, 1176", "assign700.txt, 1362", "assign800.txt, 1552",
			"assignp800.txt, 2239", "assignp1500.txt, 5839", "assignp3000.txt, 18696", "assignp5000.txt, 48533" })
	void theEngineReachesThePublishedOptimumWithAFeasibleAssignment(String file, long optimum) {
		OrLibrary in = OrLibrary.open("assign/" + file);
		int n = in.nextInt();
		// The file's costs, -1 where a pair is forbidden
		int[] costOf = new int[n * n];
		java.util.Arrays.fill(costOf, -1);
		if (file.startsWith("assignp")) {
			while (in.hasNext()) {
				int i = in.nextInt() - 1;
				int j = in.nextInt() - 1;
				costOf[i * n + j] = in.nextInt();
			}
		}
		else {
			for (int k = 0; k < n * n; k++) {
				costOf[k] = in.nextInt();
			}
		}
		int[] ones = new int[n];
		java.util.Arrays.fill(ones, 1);
		AssignmentInstance.Builder builder = AssignmentInstance.builder(n, ones);
		for (int k = 0; k < n * n; k++) {
			if (costOf[k] >= 0) {
				builder.arc(k / n, k % n, costOf[k]);
			}
		}
		AssignmentInstance instance = builder.build();

		AssignmentResult result = this.engine.solve(instance);

		assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
		boolean[] taken = new boolean[n];
		long recomputed = 0;
		for (int i = 0; i < n; i++) {
			int arc = result.chosenArc()[i];
			assertThat(arc).as("participant %d has a place", i).isNotNegative();
			assertThat(instance.arcParticipant()[arc]).isEqualTo(i);
			int j = instance.arcPlace()[arc];
			assertThat(taken[j]).as("place %d is given once", j).isFalse();
			taken[j] = true;
			int cost = costOf[i * n + j];
			assertThat(cost).as("pair %d,%d is allowed", i, j).isNotNegative();
			recomputed += cost;
		}
		assertThat(recomputed).isEqualTo(optimum);
		assertThat(result.objective()).isEqualTo(optimum);
	}

}
