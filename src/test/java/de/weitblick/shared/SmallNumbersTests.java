package de.weitblick.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The small-number rule of published figures.
 */
class SmallNumbersTests {

	SmallNumbers rule = new SmallNumbers(3);

	@Test
	void twoPeopleAreShownAsFewerThanThreeAndZeroIsShown() {
		assertThat(this.rule.of(2).text()).isEqualTo("< 3");
		assertThat(this.rule.of(0).text()).isEqualTo("0");
		assertThat(this.rule.of(3).text()).isEqualTo("3");
	}

	@Test
	void aSingleHiddenCellOfATotalIsHiddenWithTheNextSmallest() {
		List<Figure> cells = this.rule.exclusive(List.of(10L, 2L, 5L), 17L);

		assertThat(cells).extracting(Figure::text).containsExactly("10", "< 3", "*", "17");
	}

	@Test
	void aThresholdOutsideOneToFiftyIsRefused() {
		assertThatThrownBy(() -> new SmallNumbers(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SmallNumbers(51)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void twoHiddenCellsNeedNoFurtherHiding() {
		List<Figure> cells = this.rule.exclusive(List.of(10L, 2L, 1L), 13L);

		assertThat(cells).extracting(Figure::text).containsExactly("10", "< 3", "< 3", "13");
	}

}
