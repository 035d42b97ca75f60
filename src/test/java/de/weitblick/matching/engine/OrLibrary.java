package de.weitblick.matching.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the whitespace-separated integers of an OR-Library file from the test resources.
 */
final class OrLibrary {

	private final long[] numbers;

	private int next;

	private OrLibrary(long[] numbers) {
		this.numbers = numbers;
	}

	static OrLibrary open(String resource) {
		try (InputStream in = OrLibrary.class.getResourceAsStream("/orlib/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource /orlib/" + resource);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
			long[] parsed = new long[text.length() / 2 + 1];
			int count = 0;
			long value = 0;
			boolean inNumber = false;
			boolean negative = false;
			for (int k = 0; k < text.length(); k++) {
				char c = text.charAt(k);
				if (c >= '0' && c <= '9') {
					value = value * 10 + (c - '0');
					inNumber = true;
				}
				else if (c == '-' && !inNumber) {
					negative = true;
				}
				else {
					if (inNumber) {
						parsed[count++] = negative ? -value : value;
					}
					value = 0;
					inNumber = false;
					negative = false;
				}
			}
			if (inNumber) {
				parsed[count++] = negative ? -value : value;
			}
			return new OrLibrary(java.util.Arrays.copyOf(parsed, count));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int nextInt() {
		return Math.toIntExact(this.numbers[this.next++]);
	}

	boolean hasNext() {
		return this.next < this.numbers.length;
	}

}
