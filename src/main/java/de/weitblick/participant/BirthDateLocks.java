package de.weitblick.participant;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL advisory locks under which people are checked for likely duplicates and
 * registered: whoever registers somebody born on a day holds that day's lock from the
 * check until the commit, so a registration or import at the same time sees the person
 * once it may check, and never registers the same person beside it. Days share a fixed
 * number of locks, so that an import of a large list takes a bounded number of them.
 */
public final class BirthDateLocks {

	/**
	 * The first key of every birth-date lock (the second is the day's bucket), apart from
	 * the imports' own locks.
	 */
	public static final int LOCK_SPACE = 270702;

	/**
	 * Consecutive days fall into different locks; a list of thousands of people takes all
	 * of them, a registration one, and the server's lock table (64 locks per connection
	 * by default) holds them easily.
	 */
	static final int BUCKETS = 512;

	private BirthDateLocks() {
	}

	/**
	 * @return the second key of the lock of people born on the day
	 */
	public static int bucket(LocalDate birthDate) {
		return (int) Math.floorMod(birthDate.toEpochDay(), (long) BUCKETS);
	}

	/**
	 * Waits for the day's lock and holds it until the transaction ends.
	 * @param jdbc must run in the transaction that registers
	 */
	static void holdUntilCommit(JdbcClient jdbc, LocalDate birthDate) {
		jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:space, :bucket)")
			.param("space", LOCK_SPACE)
			.param("bucket", bucket(birthDate))
			.query(Integer.class)
			.single();
	}

}
