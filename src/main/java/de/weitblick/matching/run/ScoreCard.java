package de.weitblick.matching.run;

import de.weitblick.matching.ScorePart;
import de.weitblick.shared.RuleViolation;

/**
 * Turns a pair's score parts into the score a counsellor reads (0 to 100) and the cost
 * the engine minimises: the higher the score, the lower the cost; no place costs more
 * than any place, so everybody who can be placed is.
 */
public final class ScoreCard {

	/** The cost of a pair with score 0. */
	static final long WORST_PLACE = 10_001;

	/** The cost of no place: more than the worst place. */
	public static final long NO_PLACE = WORST_PLACE + 1;

	/** What keeping an open proposal of the previous run saves: ten score points. */
	static final long KEEP_BONUS = 1_000;

	private ScoreCard() {
	}

	/**
	 * @param parts one value per {@link ScorePart}
	 * @return the weighted sum of the parts, 0 to 10,000 (hundredths of a score point)
	 * @throws RuleViolation when a part is missing, negative or above 100
	 */
	public static int weighted(int[] parts) {
		ScorePart[] all = ScorePart.values();
		if (parts == null || parts.length != all.length) {
			throw new RuleViolation(null, "matching.failure.score-missing");
		}
		int sum = 0;
		for (int k = 0; k < all.length; k++) {
			int value = parts[k];
			if (value == ScorePart.NOT_RECORDED) {
				continue;
			}
			if (value < 0 || value > 100) {
				throw new RuleViolation(null, "matching.failure.score-out-of-range", value);
			}
			sum += value * all[k].weight();
		}
		return sum;
	}

	/**
	 * @return the pair's score, 0 to 100, rounded
	 */
	public static int score(int[] parts) {
		return Math.round(weighted(parts) / 100f);
	}

	/**
	 * @return the cost the engine minimises, 1 to {@link #WORST_PLACE}
	 */
	public static long cost(int[] parts) {
		return WORST_PLACE - weighted(parts);
	}

	/**
	 * @return what the part adds to the score
	 */
	public static int points(ScorePart part, int value) {
		return (value == ScorePart.NOT_RECORDED) ? 0 : Math.round(value * part.weight() / 100f);
	}

}
