package de.weitblick.reporting.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import de.weitblick.reporting.ExportFormat;

/**
 * Writes an exported list as CSV (semicolons, UTF-8 with byte-order mark, as Excel opens
 * it) or as an XLSX workbook streamed row by row. Text that a spreadsheet would run as a
 * formula is written with a leading apostrophe.
 */
public final class TableFiles {

	private TableFiles() {
	}

	/**
	 * @return the file's bytes, never null
	 */
	public static byte[] write(Table table, ExportFormat format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (format == ExportFormat.CSV) {
				csv(table, bytes);
			}
			else {
				xlsx(table, bytes);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void csv(Table table, ByteArrayOutputStream bytes) throws IOException {
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			writer.write('\uFEFF');
			CSVPrinter printer = CSVFormat.EXCEL.builder().setDelimiter(';').get().print(writer);
			printer.printRecord(table.headers());
			for (List<Object> row : table.rows()) {
				printer.printRecord(row.stream().map(TableFiles::csvCell).toList());
			}
			printer.flush();
		}
	}

	private static String csvCell(Object value) {
		return switch (value) {
			case null -> "";
			case BigDecimal number -> number.stripTrailingZeros().toPlainString();
			case String text -> safe(text);
			default -> value.toString();
		};
	}

	private static void xlsx(Table table, ByteArrayOutputStream bytes) throws IOException {
		Workbook workbook = new Workbook(bytes, "Weitblick", "1.0");
		Worksheet sheet = workbook.newWorksheet(table.sheetName());
		for (int column = 0; column < table.headers().size(); column++) {
			sheet.value(0, column, table.headers().get(column));
		}
		sheet.range(0, 0, 0, table.headers().size() - 1).style().bold().set();
		int r = 1;
		for (List<Object> row : table.rows()) {
			for (int column = 0; column < row.size(); column++) {
				Object value = row.get(column);
				switch (value) {
					case null -> {
					}
					case Number number -> sheet.value(r, column, number);
					case LocalDate day -> {
						sheet.value(r, column, day);
						sheet.style(r, column).format("yyyy-mm-dd").set();
					}
					case String text -> sheet.value(r, column, safe(text));
					default -> sheet.value(r, column, value.toString());
				}
			}
			if (r % 10_000 == 0) {
				sheet.flush();
			}
			r++;
		}
		workbook.finish();
	}

	/** A spreadsheet must never read a name as a formula. */
	private static String safe(String value) {
		return (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
