package de.weitblick.matching.engine;

/**
 * What the engine could prove about its answer.
 */
public enum SolveStatus {

	/** Proven optimal. */
	OPTIMAL,

	/** Feasible, with a gap to the proven bound (the time limit ended the search). */
	FEASIBLE,

	/** No assignment satisfies the constraints. */
	INFEASIBLE;

	/**
	 * @return the key of the status in the message bundles
	 */
	public String messageKey() {
		return "matching.solve-status." + name();
	}

}
