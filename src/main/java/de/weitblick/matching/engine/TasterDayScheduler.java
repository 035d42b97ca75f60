package de.weitblick.matching.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * Schedules taster days with CP-SAT under a time limit: maximises the interest met and
 * reports the gap to CP-SAT's bound.
 */
public final class TasterDayScheduler {

	private final Duration timeLimit;

	private final int workers;

	/**
	 * @param timeLimit the search ends after it with the best schedule found
	 * @param workers CP-SAT's search workers
	 */
	public TasterDayScheduler(Duration timeLimit, int workers) {
		this.timeLimit = timeLimit;
		this.workers = workers;
		NativeSolvers.load();
	}

	/**
	 * @param instance must not be null
	 * @return the schedule, never null; an instance without any allowed pair gives an
	 * empty optimal schedule
	 */
	public TasterDaySchedule schedule(TasterDayInstance instance) {
		List<TasterDayInstance.Pupil> pupils = instance.pupils();
		List<TasterDayInstance.Slot> slots = instance.slots();
		CpModel model = new CpModel();
		LinearExprBuilder objective = LinearExpr.newBuilder();
		List<Map<Integer, BoolVar>> chosen = new ArrayList<>(pupils.size());
		List<List<LinearArgument>> seated = new ArrayList<>(slots.size());
		for (int s = 0; s < slots.size(); s++) {
			seated.add(new ArrayList<>());
		}
		for (int i = 0; i < pupils.size(); i++) {
			TasterDayInstance.Pupil pupil = pupils.get(i);
			Map<Integer, BoolVar> mine = new HashMap<>();
			Map<Integer, List<LinearArgument>> perDay = new HashMap<>();
			Map<Integer, List<LinearArgument>> perTrade = new HashMap<>();
			for (int s = 0; s < slots.size(); s++) {
				TasterDayInstance.Slot slot = slots.get(s);
				if (instance.allows(pupil, slot)) {
					BoolVar x = model.newBoolVar("p" + i + "s" + s);
					mine.put(s, x);
					seated.get(s).add(x);
					perDay.computeIfAbsent(slot.day(), d -> new ArrayList<>()).add(x);
					perTrade.computeIfAbsent(slot.trade(), t -> new ArrayList<>()).add(x);
					objective.addTerm(x, pupil.interest().get(slot.trade()));
				}
			}
			perDay.values().forEach(vars -> model.addAtMostOne(vars.toArray(BoolVar[]::new)));
			perTrade.values().forEach(vars -> model.addAtMostOne(vars.toArray(BoolVar[]::new)));
			if (!mine.isEmpty()) {
				model.addLessOrEqual(LinearExpr.sum(mine.values().toArray(LinearArgument[]::new)),
						instance.slotsPerPupil());
			}
			chosen.add(mine);
		}
		for (int s = 0; s < slots.size(); s++) {
			if (!seated.get(s).isEmpty()) {
				model.addLessOrEqual(LinearExpr.sum(seated.get(s).toArray(LinearArgument[]::new)),
						slots.get(s).seats());
			}
		}
		model.maximize(objective.build());
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(this.timeLimit.toMillis() / 1000.0).setNumWorkers(this.workers);
		long started = System.nanoTime();
		CpSolverStatus status = solver.solve(model);
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return new TasterDaySchedule(SolveStatus.INFEASIBLE, List.of(), 0, 0, millis);
		}
		List<List<Integer>> result = new ArrayList<>(pupils.size());
		for (Map<Integer, BoolVar> mine : chosen) {
			result.add(mine.entrySet()
				.stream()
				.filter(entry -> solver.booleanValue(entry.getValue()))
				.map(Map.Entry::getKey)
				.sorted(Comparator.comparingInt((Integer s) -> slots.get(s).day()))
				.toList());
		}
		long interest = Math.round(solver.objectiveValue());
		long bound = (status == CpSolverStatus.OPTIMAL) ? interest : (long) Math.floor(solver.bestObjectiveBound());
		return new TasterDaySchedule((status == CpSolverStatus.OPTIMAL) ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
				result, interest, bound, millis);
	}

}
