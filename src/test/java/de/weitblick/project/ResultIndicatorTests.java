package de.weitblick.project;

import java.util.Arrays;
import java.util.List;

import de.weitblick.shared.Figure;
import de.weitblick.shared.SmallNumbers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which outcome counts for which ESF Plus result indicator, and how small groups are kept
 * out of the figures.
 */
class ResultIndicatorTests {

	@Test
	void anApprenticeshipCountsAsTrainingOnLeavingNotAsEmployment() {
		assertThat(counted(OutcomeKind.APPRENTICESHIP, false, false, null)).containsExactly(ResultIndicator.EECR02);
		assertThat(counted(OutcomeKind.SCHOOL, false, false, null)).containsExactly(ResultIndicator.EECR02);
		assertThat(counted(OutcomeKind.FURTHER_TRAINING, false, false, null)).containsExactly(ResultIndicator.EECR02);
	}

	@Test
	void employmentOnLeavingAndSixMonthsLaterAreCountedEachOnItsOwn() {
		assertThat(counted(OutcomeKind.EMPLOYMENT, false, false, null)).containsExactly(ResultIndicator.EECR04);
		assertThat(counted(OutcomeKind.UNKNOWN, false, false, OutcomeKind.EMPLOYMENT))
			.containsExactly(ResultIndicator.EECR05);
		assertThat(counted(OutcomeKind.EMPLOYMENT, false, false, OutcomeKind.NOT_REACHABLE))
			.containsExactly(ResultIndicator.EECR04);
	}

	@Test
	void selfEmploymentCountsAsEmploymentOnLeavingAndSixMonthsLater() {
		assertThat(counted(OutcomeKind.SELF_EMPLOYMENT, true, false, OutcomeKind.SELF_EMPLOYMENT))
			.containsExactly(ResultIndicator.EECR04, ResultIndicator.EECR05);
	}

	@Test
	void aRecognisedQualificationOrOneGainedCountsAsAQualification() {
		assertThat(counted(OutcomeKind.RECOGNITION_ACHIEVED, false, false, null))
			.containsExactly(ResultIndicator.EECR03);
		assertThat(counted(OutcomeKind.EMPLOYMENT, false, true, null)).containsExactly(ResultIndicator.EECR03,
				ResultIndicator.EECR04);
	}

	@Test
	void searchingForWorkCountsOnlyForWhoIsNeitherInWorkNorInTraining() {
		assertThat(counted(OutcomeKind.OTHER, true, false, null)).containsExactly(ResultIndicator.EECR01);
		assertThat(counted(OutcomeKind.UNKNOWN, true, false, null)).containsExactly(ResultIndicator.EECR01);
		assertThat(counted(OutcomeKind.EMPLOYMENT, true, false, null)).containsExactly(ResultIndicator.EECR04);
		assertThat(counted(OutcomeKind.SCHOOL, true, false, null)).containsExactly(ResultIndicator.EECR02);
	}

	@Test
	void notReachableIsOnlyAnAnswerAtTheFollowUp() {
		assertThat(OutcomeKind.onExit()).doesNotContain(OutcomeKind.NOT_REACHABLE).contains(OutcomeKind.UNKNOWN);
		assertThat(OutcomeKind.atFollowUp()).contains(OutcomeKind.NOT_REACHABLE);
	}

	@Test
	void aCountBelowTheThresholdIsHiddenButNoughtIsShown() {
		SmallNumbers disclosure = new SmallNumbers(3);

		assertThat(disclosure.of(0).text()).isEqualTo("0");
		assertThat(disclosure.of(1).text()).isEqualTo("< 3");
		assertThat(disclosure.of(2).value()).isNull();
		assertThat(disclosure.of(3).text()).isEqualTo("3");
	}

	@Test
	void aSingleHiddenCellIsHiddenWithTheNextSmallestSoItCannotBeComputedFromTheTotal() {
		SmallNumbers disclosure = new SmallNumbers(3);

		List<Figure> shown = disclosure.exclusive(List.of(10, 2, 0, 5, 7), 24);

		assertThat(shown).extracting(Figure::text).containsExactly("10", "< 3", "0", "*", "7", "24");
	}

	@Test
	void twoHiddenCellsNeedNoFurtherHiding() {
		SmallNumbers disclosure = new SmallNumbers(3);

		assertThat(disclosure.exclusive(List.of(1, 2, 9), 12)).extracting(Figure::text)
			.containsExactly("< 3", "< 3", "9", "12");
	}

	@Test
	void withNoOtherCellToHideTheTotalIsHidden() {
		SmallNumbers disclosure = new SmallNumbers(3);

		assertThat(disclosure.exclusive(List.of(2, 0), 2)).extracting(Figure::text).containsExactly("< 3", "0", "< 3");
		assertThat(disclosure.exclusive(List.of(2, 0, 0), 2).get(0).isHidden()).isTrue();
	}

	private static List<ResultIndicator> counted(OutcomeKind exit, boolean searching, boolean qualification,
			OutcomeKind followUp) {
		return Arrays.stream(ResultIndicator.values())
			.filter(indicator -> indicator.counts(exit, searching, qualification, followUp))
			.toList();
	}

}
