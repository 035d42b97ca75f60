package de.weitblick.matching.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * Solves an {@link AssignmentInstance} exactly: as a min-cost flow when every arc uses
 * one unit of capacity and there is no quota (locks, exclusions and the keep bonus fit
 * the flow), otherwise as an integer programme with CP-SAT, which proves optimality or
 * reports the gap to its bound when the time limit ends the search.
 */
public final class AssignmentEngine {

	private final Duration timeLimit;

	private final int workers;

	/**
	 * @param timeLimit for the integer programme; the flow needs none
	 * @param workers CP-SAT's search workers
	 */
	public AssignmentEngine(Duration timeLimit, int workers) {
		this.timeLimit = timeLimit;
		this.workers = workers;
		NativeSolvers.load();
	}

	/**
	 * @return an engine with a 30 s limit for the integer programme and two workers
	 */
	public static AssignmentEngine standard() {
		return new AssignmentEngine(Duration.ofSeconds(30), 2);
	}

	/**
	 * @param instance must not be null
	 * @return the best assignment, or status {@link SolveStatus#INFEASIBLE}
	 */
	public AssignmentResult solve(AssignmentInstance instance) {
		return instance.isFlow() ? solveAsFlow(instance) : solveAsProgramme(instance);
	}

	/**
	 * Solves with the integer programme even when a flow would do (for comparison).
	 */
	public AssignmentResult solveAsProgramme(AssignmentInstance instance) {
		long started = System.nanoTime();
		int n = instance.participants();
		int arcs = instance.arcs();
		CpModel model = new CpModel();
		BoolVar[] chosen = new BoolVar[arcs];
		List<List<LinearArgument>> outOf = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			outOf.add(new ArrayList<>());
		}
		List<List<Integer>> into = new ArrayList<>(instance.places());
		for (int p = 0; p < instance.places(); p++) {
			into.add(new ArrayList<>());
		}
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int a = 0; a < arcs; a++) {
			chosen[a] = model.newBoolVar("x" + a);
			outOf.get(instance.arcParticipant()[a]).add(chosen[a]);
			into.get(instance.arcPlace()[a]).add(a);
			objective.addTerm(chosen[a], instance.arcCost()[a] - instance.keepBonus()[a]);
		}
		BoolVar[] unassigned = new BoolVar[n];
		for (int i = 0; i < n; i++) {
			List<LinearArgument> options = new ArrayList<>(outOf.get(i));
			if (instance.unassignedCost()[i] != AssignmentInstance.MUST_ASSIGN) {
				unassigned[i] = model.newBoolVar("u" + i);
				options.add(unassigned[i]);
				objective.addTerm(unassigned[i], instance.unassignedCost()[i]);
			}
			model.addEquality(LinearExpr.sum(options.toArray(LinearArgument[]::new)), 1);
		}
		for (int p = 0; p < instance.places(); p++) {
			List<Integer> in = into.get(p);
			LinearArgument[] vars = new LinearArgument[in.size()];
			long[] sizes = new long[in.size()];
			for (int k = 0; k < in.size(); k++) {
				vars[k] = chosen[in.get(k)];
				sizes[k] = instance.arcSize()[in.get(k)];
			}
			model.addLessOrEqual(LinearExpr.weightedSum(vars, sizes), instance.capacities()[p]);
		}
		for (int a : instance.locked()) {
			model.addEquality(chosen[a], 1);
		}
		for (AssignmentInstance.GroupQuota quota : instance.quotas()) {
			List<LinearArgument> vars = new ArrayList<>();
			for (int member : quota.members()) {
				vars.addAll(outOf.get(member));
			}
			model.addGreaterOrEqual(LinearExpr.sum(vars.toArray(LinearArgument[]::new)), quota.minimum());
		}
		model.minimize(objective.build());
		long built = System.nanoTime();
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(this.timeLimit.toMillis() / 1000.0).setNumWorkers(this.workers);
		CpSolverStatus status = solver.solve(model);
		long solved = System.nanoTime();
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return infeasible(AssignmentResult.Method.INTEGER_PROGRAMME, n, built - started, solved - built);
		}
		int[] choice = new int[n];
		Arrays.fill(choice, -1);
		for (int a = 0; a < arcs; a++) {
			if (solver.booleanValue(chosen[a])) {
				choice[instance.arcParticipant()[a]] = a;
			}
		}
		long value = Math.round(solver.objectiveValue());
		long bound = (status == CpSolverStatus.OPTIMAL) ? value : (long) Math.ceil(solver.bestObjectiveBound());
		return new AssignmentResult((status == CpSolverStatus.OPTIMAL) ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
				choice, value, bound, AssignmentResult.Method.INTEGER_PROGRAMME, millis(built - started),
				millis(solved - built));
	}

	private AssignmentResult solveAsFlow(AssignmentInstance instance) {
		long started = System.nanoTime();
		int n = instance.participants();
		int m = instance.places();
		int arcs = instance.arcs();
		int[] choice = new int[n];
		Arrays.fill(choice, -1);
		boolean[] fixed = new boolean[n];
		long[] capacity = new long[m];
		for (int p = 0; p < m; p++) {
			capacity[p] = instance.capacities()[p];
		}
		long fixedCost = 0;
		for (int a : instance.locked()) {
			int participant = instance.arcParticipant()[a];
			if (fixed[participant]) {
				return infeasible(AssignmentResult.Method.MIN_COST_FLOW, n, 0, 0);
			}
			fixed[participant] = true;
			choice[participant] = a;
			capacity[instance.arcPlace()[a]]--;
			fixedCost += instance.arcCost()[a] - instance.keepBonus()[a];
		}
		for (long c : capacity) {
			if (c < 0) {
				return infeasible(AssignmentResult.Method.MIN_COST_FLOW, n, 0, 0);
			}
		}
		// Each free participant sends one unit through exactly one of its arcs, so the
		// same
		// shift on all of them keeps the optimum and makes every cost non-negative.
		long[] shift = new long[n];
		Arrays.fill(shift, Long.MAX_VALUE);
		for (int a = 0; a < arcs; a++) {
			int i = instance.arcParticipant()[a];
			shift[i] = Math.min(shift[i], instance.arcCost()[a] - instance.keepBonus()[a]);
		}
		int free = 0;
		for (int i = 0; i < n; i++) {
			long unassigned = instance.unassignedCost()[i];
			if (unassigned != AssignmentInstance.MUST_ASSIGN) {
				shift[i] = Math.min(shift[i], unassigned);
			}
			if (!fixed[i]) {
				free++;
				if (shift[i] == Long.MAX_VALUE) {
					return infeasible(AssignmentResult.Method.MIN_COST_FLOW, n, 0, 0);
				}
			}
		}
		int sink = n + m;
		MinCostFlow flow = new MinCostFlow(n + m + 1, arcs + n + m);
		int[] instanceArc = new int[arcs];
		int added = 0;
		for (int a = 0; a < arcs; a++) {
			int i = instance.arcParticipant()[a];
			if (!fixed[i]) {
				flow.addArcWithCapacityAndUnitCost(i, n + instance.arcPlace()[a], 1,
						instance.arcCost()[a] - instance.keepBonus()[a] - shift[i]);
				instanceArc[added++] = a;
			}
		}
		long shifted = 0;
		for (int i = 0; i < n; i++) {
			if (!fixed[i]) {
				flow.setNodeSupply(i, 1);
				shifted += shift[i];
				long unassigned = instance.unassignedCost()[i];
				if (unassigned != AssignmentInstance.MUST_ASSIGN) {
					flow.addArcWithCapacityAndUnitCost(i, sink, 1, unassigned - shift[i]);
				}
			}
		}
		for (int p = 0; p < m; p++) {
			if (capacity[p] > 0) {
				flow.addArcWithCapacityAndUnitCost(n + p, sink, capacity[p], 0);
			}
		}
		flow.setNodeSupply(sink, -free);
		long built = System.nanoTime();
		MinCostFlowBase.Status status = flow.solve();
		long solved = System.nanoTime();
		if (status != MinCostFlowBase.Status.OPTIMAL) {
			flow.delete();
			return infeasible(AssignmentResult.Method.MIN_COST_FLOW, n, built - started, solved - built);
		}
		for (int k = 0; k < added; k++) {
			if (flow.getFlow(k) > 0) {
				int a = instanceArc[k];
				choice[instance.arcParticipant()[a]] = a;
			}
		}
		long objective = flow.getOptimalCost() + shifted + fixedCost;
		flow.delete();
		return new AssignmentResult(SolveStatus.OPTIMAL, choice, objective, objective,
				AssignmentResult.Method.MIN_COST_FLOW, millis(built - started), millis(solved - built));
	}

	private static AssignmentResult infeasible(AssignmentResult.Method method, int participants, long build,
			long solve) {
		int[] none = new int[participants];
		Arrays.fill(none, -1);
		return new AssignmentResult(SolveStatus.INFEASIBLE, none, 0, 0, method, millis(build), millis(solve));
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

}
