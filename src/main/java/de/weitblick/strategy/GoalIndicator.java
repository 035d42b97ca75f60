package de.weitblick.strategy;

/**
 * How a goal's progress is measured: counted from Weitblick's own figures of the projects
 * that serve it, or recorded by hand from official statistics where Weitblick holds no
 * such figure (such as the city's rate of long-term unemployment).
 */
public enum GoalIndicator {

	/** People who began taking part in a linked project in the year, counted. */
	PEOPLE_REACHED(true, false),

	/**
	 * People who left a linked project for a job or an apprenticeship in the year,
	 * counted.
	 */
	EXITS_INTO_WORK(true, false),

	/** A rate in per cent, recorded by hand from official statistics. */
	RECORDED_RATE(false, true),

	/** A number, recorded by hand from official statistics. */
	RECORDED_COUNT(false, false);

	private final boolean computed;

	private final boolean rate;

	GoalIndicator(boolean computed, boolean rate) {
		this.computed = computed;
		this.rate = rate;
	}

	/**
	 * @return whether Weitblick counts the figure itself from the linked projects
	 */
	public boolean computed() {
		return this.computed;
	}

	/**
	 * @return whether the figure is a rate in per cent (else a number of people or cases)
	 */
	public boolean rate() {
		return this.rate;
	}

	public String messageKey() {
		return "strategy.indicator." + name();
	}

}
