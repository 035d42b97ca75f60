package de.weitblick.matching.engine;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OR-Library generalised assignment problems gap1 to gap12 (places with capacities,
 * participants of different sizes, maximum profit) are solved to their published optima
 * by the exact mode, and each solution passes an independent feasibility and profit
 * check.
 */
class GapExactnessTests {

	private static final long[][] OPTIMA = { { 336, 327, 339, 341, 326 }, { 434, 436, 420, 419, 428 },
			{ 580, 564, 573, 570, 564 }, { 656, 644, 673, 647, 664 }, { 563, 558, 564, 568, 559 },
			{ 761, 759, 758, 752, 747 }, { 942, 949, 968, 945, 951 }, { 1133, 1134, 1141, 1117, 1127 },
			{ 709, 717, 712, 723, 706 }, { 958, 963, 960, 947, 947 }, { 1139, 1178, 1195, 1171, 1171 },
			{ 1451, 1449, 1433, 1447, 1446 } };

	private final AssignmentEngine engine = AssignmentEngine.standard();

	static List<Arguments> files() {
		return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(k -> Arguments.of("gap" + k, k)).toList();
	}

	@ParameterizedTest(name = "every problem of {0} is solved to its optimum")
	@MethodSource("files")
	void everyProblemOfTheFileIsSolvedToItsPublishedOptimum(String file, int number) {
		OrLibrary in = OrLibrary.open("gap/" + file + ".txt");
		int problems = in.nextInt();
		for (int q = 0; q < problems; q++) {
			int m = in.nextInt();
			int n = in.nextInt();
			int[][] profit = read(in, m, n);
			int[][] size = read(in, m, n);
			int[] capacity = new int[m];
			for (int i = 0; i < m; i++) {
				capacity[i] = in.nextInt();
			}
			int highest = 0;
			for (int[] row : profit) {
				for (int p : row) {
					highest = Math.max(highest, p);
				}
			}
			// Jobs are the participants, agents the places; maximum profit = minimum of
			// (highest - profit), as every job is assigned exactly once.
			AssignmentInstance.Builder builder = AssignmentInstance.builder(n, capacity);
			for (int j = 0; j < n; j++) {
				for (int i = 0; i < m; i++) {
					builder.arc(j, i, highest - profit[i][j], size[i][j]);
				}
			}
			AssignmentInstance instance = builder.build();

			AssignmentResult result = this.engine.solve(instance);

			assertThat(result.status()).as("%s #%d", file, q + 1).isEqualTo(SolveStatus.OPTIMAL);
			assertThat(result.method()).isEqualTo(AssignmentResult.Method.INTEGER_PROGRAMME);
			long[] used = new long[m];
			long total = 0;
			for (int j = 0; j < n; j++) {
				int arc = result.chosenArc()[j];
				assertThat(arc).as("job %d is assigned", j).isNotNegative();
				assertThat(instance.arcParticipant()[arc]).isEqualTo(j);
				int agent = instance.arcPlace()[arc];
				used[agent] += size[agent][j];
				total += profit[agent][j];
			}
			for (int i = 0; i < m; i++) {
				assertThat(used[i]).as("%s #%d agent %d within capacity", file, q + 1, i)
					.isLessThanOrEqualTo(capacity[i]);
			}
			assertThat(total).as("%s #%d", file, q + 1).isEqualTo(OPTIMA[number - 1][q]);
			assertThat((long) n * highest - result.objective()).isEqualTo(total);
		}
	}

	private static int[][] read(OrLibrary in, int rows, int columns) {
		int[][] values = new int[rows][columns];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < columns; j++) {
				values[i][j] = in.nextInt();
			}
		}
		return values;
	}

}
