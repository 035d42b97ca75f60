package de.weitblick.workshop.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import de.weitblick.workshop.MonthlyList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Jobcenter's monthly list as the files its staff open: CSV (semicolons, UTF-8 with a
 * byte order mark, as Excel expects in Germany) and XLSX. Names never start a formula.
 */
@Component
class MonthlyListFiles {

	private static final List<String> COLUMNS = List.of("person", "from", "until", "weekly-hours", "days-present",
			"days-absent", "hours", "allowance");

	private final MessageSource messages;

	MonthlyListFiles(MessageSource messages) {
		this.messages = messages;
	}

	byte[] csv(MonthlyList list, Locale locale) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			writer.write('\uFEFF');
			CSVPrinter printer = CSVFormat.EXCEL.builder().setDelimiter(';').get().print(writer);
			printer.printRecord(headers(locale));
			for (MonthlyList.Row row : list.rows()) {
				printer.printRecord(text(row.personName()), row.startsOn(), row.endsOn(),
						row.weeklyHours().toPlainString(), row.daysPresent(), row.daysAbsent(),
						row.hours().stripTrailingZeros().toPlainString(), row.allowance().euros().toPlainString());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	byte[] xlsx(MonthlyList list, Locale locale) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Weitblick", "1.0");
			Worksheet sheet = workbook.newWorksheet(message("workshop.list.sheet", locale));
			List<String> headers = headers(locale);
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(0, column, headers.get(column));
			}
			sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
			int r = 1;
			for (MonthlyList.Row row : list.rows()) {
				sheet.value(r, 0, text(row.personName()));
				sheet.value(r, 1, row.startsOn());
				sheet.value(r, 2, row.endsOn());
				sheet.value(r, 3, row.weeklyHours());
				sheet.value(r, 4, row.daysPresent());
				sheet.value(r, 5, row.daysAbsent());
				sheet.value(r, 6, row.hours());
				sheet.value(r, 7, row.allowance().euros());
				r++;
			}
			if (r > 1) {
				sheet.range(1, 1, r - 1, 2).style().format("yyyy-mm-dd").set();
				sheet.range(1, 7, r - 1, 7).style().format("#,##0.00").set();
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private List<String> headers(Locale locale) {
		return COLUMNS.stream().map(column -> message("workshop.list.column." + column, locale)).toList();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** A spreadsheet must never read a name as a formula. */
	private static String text(String value) {
		return (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
