package de.weitblick.matching.engine;

import java.util.List;

/**
 * A taster-day schedule.
 *
 * @param status whether it is proven optimal
 * @param slotsOfPupil per pupil, the numbers of their slots in day order
 * @param interest the total interest met (maximised)
 * @param bound CP-SAT's proven upper bound of the total interest
 * @param solveMillis time the solver took
 */
public record TasterDaySchedule(SolveStatus status, List<List<Integer>> slotsOfPupil, long interest, long bound,
		long solveMillis) {

	/**
	 * @return the relative gap to the bound, 0 when optimal
	 */
	public double gap() {
		return (this.bound == this.interest) ? 0 : (double) (this.bound - this.interest) / Math.max(1, this.bound);
	}

}
