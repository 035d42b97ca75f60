package de.weitblick.matching.engine;

/**
 * The engine's answer.
 *
 * @param status whether the assignment is proven optimal
 * @param chosenArc per participant, the arc it got, or -1 for no place
 * @param objective the cost of the assignment (with the keep bonus of kept arcs
 * subtracted)
 * @param bound a proven lower bound of the optimal cost; equals the objective when
 * optimal
 * @param method the solver that produced it
 * @param buildMillis time to build the solver's model
 * @param solveMillis time the solver took
 */
public record AssignmentResult(SolveStatus status, int[] chosenArc, long objective, long bound, Method method,
		long buildMillis, long solveMillis) {

	/**
	 * @return the relative gap between the objective and the bound, 0 when optimal
	 */
	public double gap() {
		if (this.objective == this.bound) {
			return 0;
		}
		return (double) (this.objective - this.bound) / Math.max(1, Math.abs(this.objective));
	}

	/**
	 * @return how many participants got a place
	 */
	public int assigned() {
		int assigned = 0;
		for (int arc : this.chosenArc) {
			if (arc >= 0) {
				assigned++;
			}
		}
		return assigned;
	}

	/** How the engine solved an instance. */
	public enum Method {

		/** Min-cost flow: exact for plain places. */
		MIN_COST_FLOW,

		/** Integer programme (CP-SAT): sizes and quotas. */
		INTEGER_PROGRAMME;

		/**
		 * @return the key of the method in the message bundles
		 */
		public String messageKey() {
			return "matching.method." + name();
		}

	}

}
