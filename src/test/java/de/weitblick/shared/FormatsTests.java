package de.weitblick.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates, times and numbers as a German and an English reader read them, with the time of
 * day in Berlin whatever the season.
 */
class FormatsTests {

	private static final Formats GERMAN = Formats.of(Locale.GERMAN);

	private static final Formats ENGLISH = Formats.of(Locale.ENGLISH);

	@Test
	void aGermanReaderReadsTheDayWithDotsAndAnEnglishReaderWithTheMonthsName() {
		LocalDate day = LocalDate.of(2026, 12, 6);
		assertThat(GERMAN.date(day)).isEqualTo("06.12.2026");
		assertThat(ENGLISH.date(day)).isEqualTo("6 Dec 2026");
		assertThat(GERMAN.month(YearMonth.of(2026, 12))).isEqualTo("Dez. 2026");
		assertThat(ENGLISH.month(YearMonth.of(2026, 12))).isEqualTo("Dec 2026");
	}

	@Test
	void aMomentIsShownInBerlinsTimeInWinterAndInSummer() {
		assertThat(GERMAN.dateTime(Instant.parse("2026-12-06T13:30:05Z"))).isEqualTo("06.12.2026, 14:30");
		assertThat(ENGLISH.dateTime(Instant.parse("2026-07-06T13:30:05Z"))).isEqualTo("6 Jul 2026, 15:30");
		assertThat(GERMAN.dateTimeWithSeconds(Instant.parse("2026-12-06T13:30:05Z"))).isEqualTo("06.12.2026, 14:30:05");
		assertThat(GERMAN.dateOf(Instant.parse("2026-12-06T23:30:00Z"))).as("already the next day in Berlin")
			.isEqualTo("07.12.2026");
		assertThat(ENGLISH.time(LocalTime.of(8, 30))).isEqualTo("08:30");
	}

	@Test
	void numbersTakeTheReadersSeparators() {
		assertThat(GERMAN.number(1234567)).isEqualTo("1.234.567");
		assertThat(ENGLISH.number(1234567)).isEqualTo("1,234,567");
		assertThat(GERMAN.number(new BigDecimal("2.50"))).isEqualTo("2,5");
		assertThat(GERMAN.decimal(1536 / 1024.0, 0)).isEqualTo("2");
		assertThat(ENGLISH.decimal(2.25, 1)).isEqualTo("2.3");
	}

	@Test
	void aMessageArgumentThatIsADayIsWrittenForTheReaderAndAnythingElseStaysAsItIs() {
		assertThat(ENGLISH.argument(LocalDate.of(2024, 10, 1))).isEqualTo("1 Oct 2024");
		assertThat(GERMAN.argument(LocalDate.of(2024, 10, 1))).isEqualTo("01.10.2024");
		assertThat(GERMAN.argument(25)).isEqualTo(25);
		assertThat(GERMAN.argument("Wesertor")).isEqualTo("Wesertor");
		assertThat(GERMAN.argument(null)).isNull();
		assertThat(GERMAN.date(null)).isNull();
	}

}
