package de.weitblick.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On small random instances (seeded, so a failure is reproduced by its seed) the engine's
 * objective equals the optimum found by trying every assignment: plain places by the
 * flow, and with sizes, locks, quotas and the keep bonus by the integer programme.
 */
class BruteForcePropertyTests {

	private final AssignmentEngine engine = AssignmentEngine.standard();

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 150);
	}

	@ParameterizedTest(name = "plain places, seed {0}")
	@MethodSource("seeds")
	void theFlowFindsTheBruteForceOptimumForPlainPlaces(long seed) {
		AssignmentInstance instance = random(new Random(seed), false);

		AssignmentResult result = this.engine.solve(instance);
		AssignmentResult asProgramme = this.engine.solveAsProgramme(instance);

		Long optimum = bruteForce(instance);
		if (optimum == null) {
			assertThat(result.status()).isEqualTo(SolveStatus.INFEASIBLE);
			assertThat(asProgramme.status()).isEqualTo(SolveStatus.INFEASIBLE);
		}
		else {
			assertThat(result.method()).isEqualTo(AssignmentResult.Method.MIN_COST_FLOW);
			assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
			assertThat(result.objective()).isEqualTo(optimum);
			assertThat(cost(instance, result.chosenArc())).isEqualTo(optimum);
			assertThat(asProgramme.objective()).isEqualTo(optimum);
		}
	}

	@ParameterizedTest(name = "sizes, quotas, locks and keep bonus, seed {0}")
	@MethodSource("seeds")
	void theIntegerProgrammeFindsTheBruteForceOptimumWithSideConstraints(long seed) {
		AssignmentInstance instance = random(new Random(seed), true);

		AssignmentResult result = this.engine.solve(instance);

		Long optimum = bruteForce(instance);
		if (optimum == null) {
			assertThat(result.status()).isEqualTo(SolveStatus.INFEASIBLE);
		}
		else {
			assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
			assertThat(result.objective()).isEqualTo(optimum);
			assertThat(cost(instance, result.chosenArc())).isEqualTo(optimum);
			assertThat(feasible(instance, result.chosenArc())).isTrue();
		}
	}

	private static AssignmentInstance random(Random random, boolean sideConstraints) {
		int n = 1 + random.nextInt(6);
		int m = 1 + random.nextInt(3);
		int[] capacities = new int[m];
		for (int p = 0; p < m; p++) {
			capacities[p] = random.nextInt(sideConstraints ? 5 : 3);
		}
		AssignmentInstance.Builder builder = AssignmentInstance.builder(n, capacities);
		List<Integer> arcs = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (int p = 0; p < m; p++) {
				if (random.nextInt(10) < 7) {
					int size = sideConstraints ? 1 + random.nextInt(3) : 1;
					arcs.add(builder.arc(i, p, 1 + random.nextInt(1000), size));
				}
			}
			if (random.nextInt(10) < 8) {
				builder.unassigned(i, random.nextInt(1200));
			}
		}
		for (int arc : arcs) {
			if (random.nextInt(10) == 0) {
				builder.keep(arc, 1 + random.nextInt(300));
			}
		}
		if (!arcs.isEmpty() && random.nextInt(4) == 0) {
			builder.lock(arcs.get(random.nextInt(arcs.size())));
		}
		if (sideConstraints && random.nextBoolean()) {
			int[] members = java.util.stream.IntStream.range(0, n).filter(i -> random.nextBoolean()).toArray();
			builder.quota(members, random.nextInt(members.length + 1));
		}
		return builder.build();
	}

	private static Long bruteForce(AssignmentInstance instance) {
		int n = instance.participants();
		List<List<Integer>> options = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			List<Integer> mine = new ArrayList<>();
			if (instance.unassignedCost()[i] != AssignmentInstance.MUST_ASSIGN) {
				mine.add(-1);
			}
			for (int a = 0; a < instance.arcs(); a++) {
				if (instance.arcParticipant()[a] == i) {
					mine.add(a);
				}
			}
			options.add(mine);
		}
		int[] choice = new int[n];
		Long[] best = { null };
		search(instance, options, choice, 0, best);
		return best[0];
	}

	private static void search(AssignmentInstance instance, List<List<Integer>> options, int[] choice, int i,
			Long[] best) {
		if (i == choice.length) {
			if (feasible(instance, choice)) {
				long cost = cost(instance, choice);
				if (best[0] == null || cost < best[0]) {
					best[0] = cost;
				}
			}
			return;
		}
		for (int option : options.get(i)) {
			choice[i] = option;
			search(instance, options, choice, i + 1, best);
		}
	}

	private static boolean feasible(AssignmentInstance instance, int[] choice) {
		long[] used = new long[instance.places()];
		for (int i = 0; i < choice.length; i++) {
			if (choice[i] < 0) {
				if (instance.unassignedCost()[i] == AssignmentInstance.MUST_ASSIGN) {
					return false;
				}
				continue;
			}
			if (instance.arcParticipant()[choice[i]] != i) {
				return false;
			}
			used[instance.arcPlace()[choice[i]]] += instance.arcSize()[choice[i]];
		}
		for (int p = 0; p < used.length; p++) {
			if (used[p] > instance.capacities()[p]) {
				return false;
			}
		}
		for (int locked : instance.locked()) {
			if (choice[instance.arcParticipant()[locked]] != locked) {
				return false;
			}
		}
		for (AssignmentInstance.GroupQuota quota : instance.quotas()) {
			long placed = java.util.Arrays.stream(quota.members()).filter(member -> choice[member] >= 0).count();
			if (placed < quota.minimum()) {
				return false;
			}
		}
		return true;
	}

	private static long cost(AssignmentInstance instance, int[] choice) {
		long cost = 0;
		for (int i = 0; i < choice.length; i++) {
			int arc = choice[i];
			cost += (arc < 0) ? instance.unassignedCost()[i] : instance.arcCost()[arc] - instance.keepBonus()[arc];
		}
		return cost;
	}

}
