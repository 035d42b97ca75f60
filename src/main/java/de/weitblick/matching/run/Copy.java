package de.weitblick.matching.run;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * PostgreSQL's COPY in its text format, for the millions of pairs of a large run: rows go
 * in and come out without a statement per row, on the connection of the running
 * transaction when there is one.
 */
final class Copy {

	private Copy() {
	}

	/**
	 * Copies tab-separated rows (one per line, {@code \N} for null) into a table.
	 */
	static long in(DataSource dataSource, String table, String columns, CharSequence rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not copy rows into " + table, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Streams the rows of a query, each as the bytes of one text line.
	 */
	static void out(DataSource dataSource, String query, RowHandler handler) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + query + ") TO STDOUT");
			byte[] row;
			while ((row = copy.readFromCopy()) != null) {
				handler.row(row);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read " + query, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Reads one row of a text COPY.
	 */
	interface RowHandler {

		void row(byte[] line);

	}

	/**
	 * Parses the non-negative integer of the given column of a row.
	 */
	static long number(byte[] line, int column) {
		int position = start(line, column);
		long value = 0;
		boolean negative = false;
		if (line[position] == '-') {
			negative = true;
			position++;
		}
		while (position < line.length && line[position] >= '0' && line[position] <= '9') {
			value = value * 10 + (line[position++] - '0');
		}
		return negative ? -value : value;
	}

	/**
	 * @return the text of the given column, or null for {@code \N}
	 */
	static String text(byte[] line, int column) {
		int position = start(line, column);
		int end = position;
		while (end < line.length && line[end] != '\t' && line[end] != '\n') {
			end++;
		}
		String value = new String(line, position, end - position, java.nio.charset.StandardCharsets.UTF_8);
		return "\\N".equals(value) ? null : value;
	}

	private static int start(byte[] line, int column) {
		int position = 0;
		for (int c = 0; c < column; c++) {
			while (line[position] != '\t') {
				position++;
			}
			position++;
		}
		return position;
	}

}
