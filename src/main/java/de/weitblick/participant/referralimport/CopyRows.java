package de.weitblick.participant.referralimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, the cheapest way to
 * store thousands of rows at once: no statement per row and no arrays to unpack. The rows
 * are copied on the connection of the running transaction, so they commit or roll back
 * with everything else in it.
 */
final class CopyRows {

	private final String table;

	private final String columns;

	private final StringBuilder text = new StringBuilder(64 * 1024);

	private int count;

	/**
	 * @param table the table to copy into
	 * @param columns the columns, comma-separated, in the order {@link #add} gets them
	 */
	CopyRows(String table, String columns) {
		this.table = table;
		this.columns = columns;
	}

	/**
	 * Adds a row; null is SQL NULL, booleans are {@code t} and {@code f}, everything else
	 * is its {@code toString()}, which PostgreSQL reads for numbers, UUIDs, dates and ISO
	 * times.
	 */
	CopyRows add(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.text.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				this.text.append("\\N");
			}
			else if (value instanceof Boolean flag) {
				this.text.append(flag ? 't' : 'f');
			}
			else {
				escape(value.toString());
			}
		}
		this.text.append('\n');
		this.count++;
		return this;
	}

	private void escape(String value) {
		// Most values need no escaping: then they are appended whole, not char by char.
		int special = 0;
		while (special < value.length()) {
			char c = value.charAt(special);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
				break;
			}
			special++;
		}
		this.text.append(value, 0, special);
		for (int i = special; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				default -> this.text.append(c);
			}
		}
	}

	/**
	 * Copies the rows into the table within the current transaction.
	 * @return how many rows were copied
	 */
	long copy(DataSource dataSource) {
		if (this.count == 0) {
			return 0;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + this.table + " (" + this.columns + ") FROM STDIN",
						new StringReader(this.text.toString()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not copy rows into " + this.table, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
