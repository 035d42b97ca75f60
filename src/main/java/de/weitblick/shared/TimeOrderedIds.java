package de.weitblick.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Creates identifiers in the application, time-ordered (UUID version 7, RFC 9562) so that
 * new rows land at the end of their index instead of all over it.
 */
public final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Clock CLOCK = Clock.systemUTC();

	private TimeOrderedIds() {
	}

	/**
	 * @return a new identifier, never null
	 */
	public static UUID next() {
		long millis = CLOCK.millis();
		long randomA = RANDOM.nextInt(1 << 12);
		long mostSignificant = (millis << 16) | (0x7L << 12) | randomA;
		long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(mostSignificant, leastSignificant);
	}

}
