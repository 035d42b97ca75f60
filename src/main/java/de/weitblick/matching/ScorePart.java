package de.weitblick.matching;

/**
 * The documented, weighted parts of a proposal's score (Teilwerte). Each part rates a
 * pair of person and place from 0 to 100; the score is the weighted sum divided by 100,
 * so it runs from 0 to 100 as well. A part without a source in the data is "not recorded"
 * and counts 0 for every place alike, so it changes no ranking.
 */
public enum ScorePart {

	/** The person's occupation interests and the place's occupational field. */
	OCCUPATION_INTEREST(30),

	/** The person's German and what the place asks for. */
	LANGUAGE(15),

	/** The way from the person's district to the place. */
	COMMUTE(20),

	/** The place's hours and the person's childcare. */
	CHILDCARE_HOURS(10),

	/** The person belongs to a focus group the project is for. */
	FOCUS_GROUP(15),

	/** How long the person has been waiting. */
	WAITING_TIME(10);

	/** Stored for a part without a source. */
	public static final int NOT_RECORDED = -1;

	private final int weight;

	ScorePart(int weight) {
		this.weight = weight;
	}

	/**
	 * @return the part's weight; the weights add up to 100
	 */
	public int weight() {
		return this.weight;
	}

	/**
	 * @return the key of the part's name in the message bundles
	 */
	public String messageKey() {
		return "matching.score-part." + name();
	}

}
