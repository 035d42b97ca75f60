package de.weitblick.reporting.exports;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an exported list with their column headers, as the reader's language writes
 * them. A cell is text, a number ({@link Number}), a day ({@link java.time.LocalDate}) or
 * empty (null).
 *
 * @param sheetName the name of the worksheet, never null
 * @param headers never null
 * @param rows never null; every row as long as the headers
 */
public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {

	public Table {
		headers = List.copyOf(headers);
	}

	/**
	 * An empty table to add rows to.
	 */
	public static Table of(String sheetName, List<String> headers) {
		return new Table(sheetName, headers, new ArrayList<>());
	}

	/**
	 * Adds a row.
	 */
	public void add(Object... cells) {
		this.rows.add(java.util.Arrays.asList(cells));
	}

}
