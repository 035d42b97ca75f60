package de.weitblick.matching;

/**
 * Where a matching run stands.
 */
public enum RunStatus {

	/** Working in the background. */
	RUNNING,

	/** Proposals are ready. */
	COMPLETED,

	/** Stopped with a message; nothing was proposed. */
	FAILED;

	/**
	 * @return the key of the status in the message bundles
	 */
	public String messageKey() {
		return "matching.run-status." + name();
	}

}
