package de.weitblick.funding;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import de.weitblick.shared.RuleViolation;
import de.weitblick.shared.RuleViolation.Reason;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the actuals export of the city's finance system (documented in
 * docs/architecture.md, "Finance CSV"): UTF-8, separated by semicolons, a header row with
 * the columns {@code Kostenstelle}, {@code Monat} ({@code 2026-03} or {@code 03.2026}),
 * {@code Betrag} (German decimal, {@code 1.234,56}) and an optional {@code Buchungstext}.
 * A file in another encoding is refused as a whole rather than read with wrong letters in
 * its cost centres.
 */
final class FinanceCsv {

	static final String COST_CENTRE = "Kostenstelle";

	static final String MONTH = "Monat";

	static final String AMOUNT = "Betrag";

	private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern GERMAN_MONTH = Pattern.compile("(\\d{2})\\.(\\d{4})");

	private static final Pattern GERMAN_AMOUNT = Pattern
		.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|-?\\d+(,\\d{1,2})?");

	private FinanceCsv() {
	}

	/**
	 * One booking row.
	 *
	 * @param line the line in the file, counting the header as 1
	 */
	record Row(int line, String costCentre, YearMonth month, long cents) {
	}

	/**
	 * @return the rows in file order
	 * @throws RuleViolation naming every line that cannot be read; nothing is returned
	 * then
	 */
	static List<Row> read(byte[] content) {
		String text = decode(content);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get();
		List<Row> rows = new ArrayList<>();
		List<Reason> problems = new ArrayList<>();
		try (CSVParser parser = format.parse(new StringReader(text))) {
			Map<String, Integer> header = parser.getHeaderMap();
			for (String column : List.of(COST_CENTRE, MONTH, AMOUNT)) {
				if (header == null || !header.containsKey(column)) {
					throw new RuleViolation("file", "funding.import.column-missing", column);
				}
			}
			for (CSVRecord record : parser) {
				int line = (int) record.getRecordNumber() + 1;
				String costCentre = value(record, COST_CENTRE);
				YearMonth month = month(value(record, MONTH));
				Long cents = cents(value(record, AMOUNT));
				if (costCentre.isEmpty()) {
					problems.add(new Reason("funding.import.cost-centre-missing", List.of(line)));
				}
				if (month == null) {
					problems.add(new Reason("funding.import.month-unreadable", List.of(line, value(record, MONTH))));
				}
				if (cents == null) {
					problems.add(new Reason("funding.import.amount-unreadable", List.of(line, value(record, AMOUNT))));
				}
				if (!costCentre.isEmpty() && month != null && cents != null) {
					rows.add(new Row(line, costCentre, month, cents));
				}
			}
		}
		catch (IOException | IllegalStateException | IllegalArgumentException ex) {
			throw new RuleViolation("file", "funding.import.unreadable");
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation("file", "funding.import.refused", problems);
		}
		if (rows.isEmpty()) {
			throw new RuleViolation("file", "funding.import.empty");
		}
		return rows;
	}

	private static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new RuleViolation("file", "funding.import.encoding");
		}
	}

	private static String value(CSVRecord record, String column) {
		return record.isSet(column) ? record.get(column).trim() : "";
	}

	static YearMonth month(String text) {
		var iso = ISO_MONTH.matcher(text);
		var german = GERMAN_MONTH.matcher(text);
		try {
			if (iso.matches()) {
				return YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
			}
			if (german.matches()) {
				return YearMonth.of(Integer.parseInt(german.group(2)), Integer.parseInt(german.group(1)));
			}
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
		return null;
	}

	/**
	 * @return the amount in cents, or null when it is no German decimal
	 */
	static Long cents(String text) {
		if (!GERMAN_AMOUNT.matcher(text).matches()) {
			return null;
		}
		BigDecimal euros = new BigDecimal(text.replace(".", "").replace(',', '.').toLowerCase(Locale.ROOT));
		return euros.movePointRight(2).longValueExact();
	}

}
