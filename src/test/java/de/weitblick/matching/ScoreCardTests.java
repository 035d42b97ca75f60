package de.weitblick.matching;

import de.weitblick.matching.engine.AssignmentEngine;
import de.weitblick.matching.engine.AssignmentInstance;
import de.weitblick.matching.engine.AssignmentResult;
import de.weitblick.matching.run.ScoreCard;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A proposal's score is the weighted sum of its parts; bad parts are refused with a clear
 * message, and the engine leaves nobody unplaced who can be placed.
 */
class ScoreCardTests {

	private static final int N = ScorePart.NOT_RECORDED;

	@Test
	void theWeightsAddUpToOneHundredSoTheScoreRunsFromZeroToOneHundred() {
		int total = 0;
		for (ScorePart part : ScorePart.values()) {
			total += part.weight();
		}
		assertThat(total).isEqualTo(100);
		assertThat(ScoreCard.score(new int[] { 100, 100, 100, 100, 100, 100 })).isEqualTo(100);
		assertThat(ScoreCard.score(new int[] { N, 100, N, N, 0, N })).isEqualTo(15);
	}

	@Test
	void aPartThatIsNotRecordedCountsNothingAndAHigherScoreCostsLess() {
		assertThat(ScoreCard.cost(new int[] { N, 100, N, N, 100, N }))
			.isLessThan(ScoreCard.cost(new int[] { N, 60, N, N, 100, N }))
			.isLessThan(ScoreCard.NO_PLACE);
		assertThat(ScoreCard.points(ScorePart.LANGUAGE, N)).isZero();
		assertThat(ScoreCard.points(ScorePart.LANGUAGE, 60)).isEqualTo(9);
	}

	@Test
	void negativeMissingOrTooHighPartsAreRefusedWithAClearMessage() {
		assertThatThrownBy(() -> ScoreCard.cost(new int[] { N, -5, N, N, 0, N })).isInstanceOf(RuleViolation.class)
			.extracting(failure -> ((RuleViolation) failure).messageKey())
			.isEqualTo("matching.failure.score-out-of-range");
		assertThatThrownBy(() -> ScoreCard.cost(new int[] { 101, 0, 0, 0, 0, 0 })).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> ScoreCard.cost(new int[] { 50 })).isInstanceOf(RuleViolation.class)
			.extracting(failure -> ((RuleViolation) failure).messageKey())
			.isEqualTo("matching.failure.score-missing");
		assertThatThrownBy(() -> ScoreCard.cost(null)).isInstanceOf(RuleViolation.class);
	}

	@Test
	void aPlaceOfZeroCapacityIsGivenToNobody() {
		AssignmentInstance.Builder builder = AssignmentInstance.builder(2, new int[] { 0, 1 });
		builder.arc(0, 0, 1);
		builder.arc(1, 0, 1);
		builder.arc(1, 1, 500);
		builder.unassigned(0, ScoreCard.NO_PLACE).unassigned(1, ScoreCard.NO_PLACE);

		AssignmentResult result = AssignmentEngine.standard().solve(builder.build());

		assertThat(result.chosenArc()[0]).isEqualTo(-1);
		assertThat(result.chosenArc()[1]).isEqualTo(2);
	}

}
