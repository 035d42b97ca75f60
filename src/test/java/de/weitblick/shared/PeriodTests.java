package de.weitblick.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

	private final LocalDate schoolYearStart = LocalDate.of(2022, 8, 1);

	private final LocalDate schoolYearEnd = LocalDate.of(2023, 7, 31);

	@Test
	void aPeriodIncludesItsFirstAndLastDay() {
		Period schoolYear = new Period(this.schoolYearStart, this.schoolYearEnd);
		assertThat(schoolYear.contains(this.schoolYearStart)).isTrue();
		assertThat(schoolYear.contains(this.schoolYearEnd)).isTrue();
		assertThat(schoolYear.contains(this.schoolYearEnd.plusDays(1))).isFalse();
		assertThat(schoolYear.contains(this.schoolYearStart.minusDays(1))).isFalse();
	}

	@Test
	void anOpenEndedPeriodContainsEveryLaterDay() {
		Period running = Period.from(this.schoolYearStart);
		assertThat(running.isOpenEnded()).isTrue();
		assertThat(running.contains(LocalDate.of(2099, 1, 1))).isTrue();
	}

	@Test
	void aPeriodCannotEndBeforeItStarts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Period(this.schoolYearEnd, this.schoolYearStart));
	}

}
