package de.weitblick.participant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its binary format, the cheapest way
 * to store thousands of rows at once: no statement per row, no arrays to unpack, and
 * neither side turns ids, dates and times into text and back (the database's parsing of
 * them was about a tenth of its work in a referral import). The rows are copied on the
 * connection of the running transaction, so they commit or roll back with everything else
 * in it.
 * <p>
 * In the binary format each value must be of its column's type exactly: a {@link String}
 * for text columns, an {@link Integer} for {@code INTEGER}, a {@link UUID}, a
 * {@link Boolean}, a {@link LocalDate} for {@code DATE} and an {@link OffsetDateTime} for
 * {@code TIMESTAMP WITH TIME ZONE}; a mismatch makes the database refuse the whole copy.
 */
final class CopyRows {

	/** The signature, the flags (none) and the length of the header extension (none). */
	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0,
			0, 0, 0, 0 };

	/** PostgreSQL counts days and microseconds from 2000-01-01, UTC. */
	private static final long EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final long EPOCH_SECOND = EPOCH_DAY * 86_400L;

	private final String table;

	private final String columns;

	private final Bytes bytes = new Bytes();

	private int count;

	/**
	 * @param table the table to copy into
	 * @param columns the columns, comma-separated, in the order {@link #add} gets them
	 */
	CopyRows(String table, String columns) {
		this.table = table;
		this.columns = columns;
		this.bytes.writeBytes(HEADER);
	}

	/**
	 * Adds a row; null is SQL NULL.
	 * @throws IllegalArgumentException for a value of a type without a column type here
	 */
	CopyRows add(Object... values) {
		this.bytes.writeShort(values.length);
		for (Object value : values) {
			switch (value) {
				case null -> this.bytes.writeInt(-1);
				case String text -> {
					byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
					this.bytes.writeInt(utf8.length);
					this.bytes.writeBytes(utf8);
				}
				case UUID id -> {
					this.bytes.writeInt(16);
					this.bytes.writeLong(id.getMostSignificantBits());
					this.bytes.writeLong(id.getLeastSignificantBits());
				}
				case Integer number -> {
					this.bytes.writeInt(4);
					this.bytes.writeInt(number);
				}
				case Boolean flag -> {
					this.bytes.writeInt(1);
					this.bytes.write(flag ? 1 : 0);
				}
				case LocalDate date -> {
					this.bytes.writeInt(4);
					this.bytes.writeInt(Math.toIntExact(date.toEpochDay() - EPOCH_DAY));
				}
				case OffsetDateTime time -> {
					Instant instant = time.toInstant();
					this.bytes.writeInt(8);
					this.bytes.writeLong(
							Math.addExact(Math.multiplyExact(instant.getEpochSecond() - EPOCH_SECOND, 1_000_000L),
									instant.getNano() / 1_000));
				}
				default -> throw new IllegalArgumentException(
						"No column type for a " + value.getClass().getName() + " in a copy into " + this.table);
			}
		}
		this.count++;
		return this;
	}

	/**
	 * Copies the rows into the table within the current transaction.
	 * @return how many rows were copied
	 */
	long copy(DataSource dataSource) {
		if (this.count == 0) {
			return 0;
		}
		// The end of the rows.
		this.bytes.writeShort(-1);
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + this.table + " (" + this.columns + ") FROM STDIN (FORMAT binary)",
						this.bytes.asInput());
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

	/**
	 * The rows as they are written, in network byte order, read back without a copy (not
	 * a {@link java.io.ByteArrayOutputStream}, whose every byte takes a lock).
	 */
	private static final class Bytes {

		private byte[] buffer = new byte[64 * 1024];

		private int size;

		private void room(int more) {
			if (this.size + more > this.buffer.length) {
				this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.size + more));
			}
		}

		void write(int value) {
			room(1);
			this.buffer[this.size++] = (byte) value;
		}

		void writeBytes(byte[] bytes) {
			room(bytes.length);
			System.arraycopy(bytes, 0, this.buffer, this.size, bytes.length);
			this.size += bytes.length;
		}

		void writeShort(int value) {
			room(2);
			this.buffer[this.size++] = (byte) (value >>> 8);
			this.buffer[this.size++] = (byte) value;
		}

		void writeInt(int value) {
			room(4);
			this.buffer[this.size++] = (byte) (value >>> 24);
			this.buffer[this.size++] = (byte) (value >>> 16);
			this.buffer[this.size++] = (byte) (value >>> 8);
			this.buffer[this.size++] = (byte) value;
		}

		void writeLong(long value) {
			writeInt((int) (value >>> 32));
			writeInt((int) value);
		}

		ByteArrayInputStream asInput() {
			return new ByteArrayInputStream(this.buffer, 0, this.size);
		}

	}

}
