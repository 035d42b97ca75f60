package de.weitblick.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How dates, times and numbers are written for a reader of one language: the one place
 * that decides it, for pages, printed documents and message arguments alike. A day is
 * written in the language's medium style (German 06.12.2026, English 6 Dec 2026), a time
 * of day in its short style (14:30), a moment in time in Europe/Berlin. English is
 * written as in Britain (day before month, 24-hour clock), as the city's English readers
 * know it from Europe; a locale that names its country keeps its own style.
 * <p>
 * Pages reach it as {@code #formats} (for example {@code ${#formats.date(day)}}); Java
 * code asks {@link #of(Locale)}. Every method returns null for null.
 */
public final class Formats {

	/** Where the people who use Weitblick live: moments in time are shown in its time. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Map<Locale, Formats> BY_LOCALE = new ConcurrentHashMap<>();

	private final Locale locale;

	private final DateTimeFormatter date;

	private final DateTimeFormatter time;

	private final DateTimeFormatter dateTime;

	private final DateTimeFormatter dateTimeWithSeconds;

	private final DateTimeFormatter month;

	private Formats(Locale locale) {
		this.locale = locale;
		Locale style = ("en".equals(locale.getLanguage()) && locale.getCountry().isEmpty()) ? Locale.UK : locale;
		this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(style);
		this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(style);
		this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(style);
		this.dateTimeWithSeconds = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
			.withLocale(style);
		this.month = DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(style);
	}

	/**
	 * @param locale the reader's language, must not be null
	 * @return how that reader reads dates, times and numbers; never null
	 */
	public static Formats of(Locale locale) {
		return BY_LOCALE.computeIfAbsent(locale, Formats::new);
	}

	/**
	 * @return the reader's language, never null
	 */
	public Locale locale() {
		return this.locale;
	}

	/**
	 * @param day the day
	 * @return the day, such as 06.12.2026 or 6 Dec 2026
	 */
	public String date(LocalDate day) {
		return (day != null) ? this.date.format(day) : null;
	}

	/**
	 * @param moment as for {@link #dateTime(Object)}
	 * @return the day in Berlin on which the moment fell, such as 06.12.2026
	 */
	public String dateOf(Object moment) {
		return format(this.date, moment);
	}

	/**
	 * @param time a time of day
	 * @return the time, such as 14:30
	 */
	public String time(LocalTime time) {
		return (time != null) ? this.time.format(time) : null;
	}

	/**
	 * @param moment a moment in time: an {@link Instant}, {@link OffsetDateTime} or
	 * {@link ZonedDateTime}; a {@link LocalDateTime} is taken as Berlin's time already
	 * @return the day and time in Berlin, such as 06.12.2026, 14:30
	 */
	public String dateTime(Object moment) {
		return format(this.dateTime, moment);
	}

	/**
	 * @param moment as for {@link #dateTime(Object)}
	 * @return the day and time in Berlin to the second, such as 06.12.2026, 14:30:05
	 */
	public String dateTimeWithSeconds(Object moment) {
		return format(this.dateTimeWithSeconds, moment);
	}

	/**
	 * @param month a month
	 * @return the month, such as Dez. 2026 or Dec 2026
	 */
	public String month(YearMonth month) {
		return (month != null) ? this.month.format(month) : null;
	}

	/**
	 * @param number a whole number or a decimal
	 * @return the number with the language's grouping and decimal separators, such as
	 * 1.234,5; decimals as given, at most three places
	 */
	public String number(Number number) {
		if (number == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMaximumFractionDigits(3);
		if (number instanceof BigDecimal decimal) {
			format.setMinimumFractionDigits(Math.min(3, Math.max(0, decimal.stripTrailingZeros().scale())));
		}
		return format.format(number);
	}

	/**
	 * @param number a number
	 * @param fractionDigits how many places after the decimal separator, rounded half up
	 * @return the number with exactly that many places, such as 12,5
	 */
	public String decimal(Number number, int fractionDigits) {
		if (number == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(number);
	}

	/**
	 * A message argument as the reader reads it: days, times, months and moments
	 * formatted, everything else as it is (a message formats its numbers itself).
	 * @param argument any value
	 * @return the formatted text, or the argument unchanged
	 */
	public Object argument(Object argument) {
		return switch (argument) {
			case LocalDate day -> date(day);
			case LocalTime time -> time(time);
			case YearMonth month -> month(month);
			case Instant moment -> dateTime(moment);
			case OffsetDateTime moment -> dateTime(moment);
			case ZonedDateTime moment -> dateTime(moment);
			case LocalDateTime moment -> dateTime(moment);
			case null, default -> argument;
		};
	}

	private static String format(DateTimeFormatter formatter, Object moment) {
		return switch (moment) {
			case null -> null;
			case Instant instant -> formatter.format(instant.atZone(ZONE));
			case OffsetDateTime offset -> formatter.format(offset.atZoneSameInstant(ZONE));
			case ZonedDateTime zoned -> formatter.format(zoned.withZoneSameInstant(ZONE));
			case LocalDateTime local -> formatter.format(local.atZone(ZONE));
			default -> throw new IllegalArgumentException("Not a moment in time: " + moment.getClass().getName());
		};
	}

}
