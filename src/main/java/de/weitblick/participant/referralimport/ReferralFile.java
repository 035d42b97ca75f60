package de.weitblick.participant.referralimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A referral list as the office receives it: CSV in the encodings and dialects that occur
 * in practice. German Excel writes Windows-1252 with semicolons, newer versions UTF-8
 * with a byte order mark; other systems write UTF-8 with commas; Excel's "Unicode text"
 * is UTF-16 with tabs. The encoding is recognised from the bytes (a byte order mark; else
 * valid UTF-8; else Windows-1252), the separator from the header line.
 */
public final class ReferralFile {

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final char[] SEPARATORS = { ';', ',', '\t' };

	private final byte[] content;

	private final Charset charset;

	private final int skip;

	private final char separator;

	private final int headerRow;

	private final Map<ReferralColumn, Integer> columns;

	private final int headerSize;

	private final boolean[] named;

	private ReferralFile(byte[] content, Charset charset, int skip, char separator, int headerRow,
			Map<ReferralColumn, Integer> columns, int headerSize) {
		this.content = content;
		this.charset = charset;
		this.skip = skip;
		this.separator = separator;
		this.headerRow = headerRow;
		this.columns = columns;
		this.headerSize = headerSize;
		this.named = new boolean[headerSize];
		columns.values().stream().filter(index -> index < headerSize).forEach(index -> this.named[index] = true);
	}

	/**
	 * Reads a file's encoding, separator and header.
	 * @param content the file, must not be null
	 * @return never null
	 * @throws ReferralFileRefused when the file is not a referral list that can be read
	 */
	public static ReferralFile open(byte[] content) {
		if (content.length == 0) {
			throw new ReferralFileRefused("participant.import.file.empty");
		}
		refuseOtherFormats(content);
		Charset charset;
		int skip = 0;
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			charset = StandardCharsets.UTF_8;
			skip = 3;
		}
		else if (startsWith(content, 0xFF, 0xFE)) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (startsWith(content, 0xFE, 0xFF)) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else {
			if (containsZeroByte(content)) {
				throw new ReferralFileRefused("participant.import.file.not-text");
			}
			charset = isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252;
		}
		String text = new String(content, skip, Math.min(content.length - skip, 64 * 1024), charset);
		int headerRow = 1;
		Character declared = null;
		String firstLine = firstLine(text);
		if (firstLine.toLowerCase(java.util.Locale.ROOT).startsWith("sep=") && firstLine.strip().length() == 5) {
			// Excel's own hint for the separator, a line before the header.
			declared = firstLine.strip().charAt(4);
			headerRow = 2;
			text = text.substring(Math.min(text.length(), firstLine.length() + 1));
		}
		char separator = (declared != null) ? declared : separatorOf(firstLine(text));
		return withHeader(content, charset, skip, separator, headerRow);
	}

	/**
	 * A file that was opened before, with what was recognised then.
	 */
	public static ReferralFile reopen(byte[] content, Charset charset, char separator, int headerRow) {
		int skip = (startsWith(content, 0xEF, 0xBB, 0xBF)) ? 3
				: (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) ? 2 : 0;
		return withHeader(content, charset, skip, separator, headerRow);
	}

	private static ReferralFile withHeader(byte[] content, Charset charset, int skip, char separator, int headerRow) {
		try (CSVParser parser = parser(content, charset, skip, separator)) {
			Iterator<CSVRecord> records = parser.iterator();
			for (int i = 1; i < headerRow && records.hasNext(); i++) {
				records.next();
			}
			if (!records.hasNext()) {
				throw new ReferralFileRefused("participant.import.file.no-header");
			}
			CSVRecord header = records.next();
			int size = header.size();
			// Excel leaves empty header cells after the last column.
			while (size > 0 && header.get(size - 1).isBlank()) {
				size--;
			}
			return new ReferralFile(content, charset, skip, separator, headerRow, columns(header), size);
		}
		catch (UncheckedIOException | IOException ex) {
			throw new ReferralFileRefused("participant.import.file.unreadable", List.of(), headerRow, headerRow);
		}
	}

	private static Map<ReferralColumn, Integer> columns(CSVRecord header) {
		Map<ReferralColumn, Integer> columns = new EnumMap<>(ReferralColumn.class);
		Set<String> unknown = new LinkedHashSet<>();
		Set<String> repeated = new LinkedHashSet<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).replace("\uFEFF", "").strip();
			if (name.isEmpty()) {
				continue;
			}
			Optional<ReferralColumn> column = ReferralColumn.ofHeader(name);
			if (column.isEmpty()) {
				unknown.add(name);
			}
			else if (columns.putIfAbsent(column.get(), i) != null) {
				repeated.add(name);
			}
		}
		if (columns.isEmpty()) {
			// Most likely a list without a header line, or one from another program.
			throw unknown.isEmpty() ? new ReferralFileRefused("participant.import.file.no-header")
					: new ReferralFileRefused("participant.import.file.header-not-recognised", List.copyOf(unknown),
							null, String.join(", ", unknown));
		}
		if (!unknown.isEmpty()) {
			throw new ReferralFileRefused("participant.import.file.unknown-columns", List.copyOf(unknown), null,
					String.join(", ", unknown));
		}
		if (!repeated.isEmpty()) {
			throw new ReferralFileRefused("participant.import.file.repeated-columns", List.copyOf(repeated), null,
					String.join(", ", repeated));
		}
		List<String> missing = new ArrayList<>();
		for (ReferralColumn column : ReferralColumn.values()) {
			if (column.required() && !columns.containsKey(column)) {
				missing.add(column.germanHeader());
			}
		}
		if (!missing.isEmpty()) {
			throw new ReferralFileRefused("participant.import.file.missing-columns", missing, null,
					String.join(", ", missing));
		}
		return columns;
	}

	/**
	 * Reads the whole file once, so that a quote that is never closed refuses the file
	 * before anything is imported, and counts its rows for the progress bar.
	 * @return the number of rows below the header
	 * @throws ReferralFileRefused when the file cannot be read to its end
	 */
	public int countRows() {
		int count = 0;
		Iterator<Row> rows = rows(0);
		while (rows.hasNext()) {
			rows.next();
			count++;
		}
		return count;
	}

	/**
	 * The rows below the header, in order.
	 * @param alreadyRead how many rows to pass over, because they were imported before
	 * @return never null
	 */
	public Iterator<Row> rows(int alreadyRead) {
		CSVParser parser;
		try {
			parser = parser(this.content, this.charset, this.skip, this.separator);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Iterator<CSVRecord> records = parser.iterator();
		return new Iterator<>() {

			private int rowNumber = 0;

			private Row next = advance(alreadyRead);

			private Row advance(int pass) {
				try {
					while (records.hasNext()) {
						CSVRecord record = records.next();
						this.rowNumber++;
						if (this.rowNumber <= ReferralFile.this.headerRow || isBlank(record)) {
							continue;
						}
						if (pass > 0) {
							pass--;
							continue;
						}
						return row(this.rowNumber, record);
					}
					close();
					return null;
				}
				catch (UncheckedIOException ex) {
					close();
					throw new ReferralFileRefused("participant.import.file.unreadable", List.of(), this.rowNumber + 1,
							this.rowNumber + 1);
				}
			}

			private void close() {
				try {
					parser.close();
				}
				catch (IOException ex) {
					// Reading from memory: nothing to release.
				}
			}

			@Override
			public boolean hasNext() {
				return this.next != null;
			}

			@Override
			public Row next() {
				if (this.next == null) {
					throw new NoSuchElementException();
				}
				Row current = this.next;
				this.next = advance(0);
				return current;
			}

		};
	}

	private Row row(int rowNumber, CSVRecord record) {
		Map<ReferralColumn, String> values = new EnumMap<>(ReferralColumn.class);
		for (Map.Entry<ReferralColumn, Integer> column : this.columns.entrySet()) {
			int index = column.getValue();
			String value = (index < record.size()) ? record.get(index).strip() : "";
			if (!value.isEmpty()) {
				values.put(column.getKey(), value);
			}
		}
		int fields = record.size();
		// Trailing empty fields are what spreadsheets write; they are no error.
		while (fields > this.headerSize && record.get(fields - 1).isBlank()) {
			fields--;
		}
		// A value under an empty header cell would otherwise be dropped without a word.
		int unnamed = 0;
		for (int i = 0, end = Math.min(record.size(), this.headerSize); i < end; i++) {
			if (!this.named[i] && !record.get(i).isBlank()) {
				unnamed++;
			}
		}
		return new Row(rowNumber, values, fields, this.headerSize, unnamed);
	}

	private static boolean isBlank(CSVRecord record) {
		for (String value : record) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	public Charset charset() {
		return this.charset;
	}

	public char separator() {
		return this.separator;
	}

	public int headerRow() {
		return this.headerRow;
	}

	Set<ReferralColumn> columns() {
		return this.columns.keySet();
	}

	private static CSVParser parser(byte[] content, Charset charset, int skip, char separator) throws IOException {
		Reader reader = new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip),
				charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE));
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(separator)
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true)
			.get();
		return format.parse(reader);
	}

	private static void refuseOtherFormats(byte[] content) {
		if (startsWith(content, 'P', 'K', 3, 4)) {
			throw new ReferralFileRefused("participant.import.file.spreadsheet");
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new ReferralFileRefused("participant.import.file.spreadsheet");
		}
		if (startsWith(content, '%', 'P', 'D', 'F')) {
			throw new ReferralFileRefused("participant.import.file.not-text");
		}
	}

	private static boolean containsZeroByte(byte[] content) {
		for (int i = 0, end = Math.min(content.length, 64 * 1024); i < end; i++) {
			if (content[i] == 0) {
				return true;
			}
		}
		return false;
	}

	static boolean isUtf8(byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		String line = (end >= 0) ? text.substring(0, end) : text;
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

	/**
	 * The separator that occurs most often outside quotes in the header line; a semicolon
	 * when none does.
	 */
	private static char separatorOf(String headerLine) {
		int[] counts = new int[SEPARATORS.length];
		boolean quoted = false;
		for (char c : headerLine.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				for (int i = 0; i < SEPARATORS.length; i++) {
					if (c == SEPARATORS[i]) {
						counts[i]++;
					}
				}
			}
		}
		int best = 0;
		for (int i = 1; i < SEPARATORS.length; i++) {
			if (counts[i] > counts[best]) {
				best = i;
			}
		}
		return SEPARATORS[best];
	}

	/**
	 * One row below the header.
	 *
	 * @param number the row as a spreadsheet numbers it, the header being row 1
	 * @param values the non-empty values by column, never null
	 * @param fields how many fields the row has, without empty ones at its end
	 * @param expectedFields how many the header has
	 * @param unnamedValues values in columns whose header cell is empty
	 */
	public record Row(int number, Map<ReferralColumn, String> values, int fields, int expectedFields,
			int unnamedValues) {

		public Row(int number, Map<ReferralColumn, String> values, int fields, int expectedFields) {
			this(number, values, fields, expectedFields, 0);
		}

		public String value(ReferralColumn column) {
			return this.values.get(column);
		}

	}

}
