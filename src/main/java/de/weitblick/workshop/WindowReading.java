package de.weitblick.workshop;

/**
 * How the five-year window of § 16d (6) SGB II is read. The law counts the window from
 * the first entry into a work opportunity; what happens after it ends is not settled, so
 * the reading is a setting ({@code weitblick.workshop.limits.window-reading}).
 */
public enum WindowReading {

	/**
	 * A window starts on the first assigned day; once it has ended, the next assigned day
	 * starts a new one (the usual reading).
	 */
	RESTARTS_AFTER_WINDOW,

	/** No span of five years, wherever it starts, may hold more than the limit. */
	ROLLING;

	public String messageKey() {
		return "workshop.window-reading." + name();
	}

}
