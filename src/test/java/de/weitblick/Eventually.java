package de.weitblick;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Waits in a test until background work (a matching run, a report, a mail) is done: reads
 * the state again every 200 ms until it is done or the deadline has passed, and then
 * fails with a message that says what did not happen and what was seen last.
 */
public final class Eventually {

	private static final Duration PAUSE = Duration.ofMillis(200);

	private Eventually() {
	}

	/**
	 * Reads a state of background work.
	 *
	 * @param <T> what is read
	 */
	@FunctionalInterface
	public interface Probe<T> {

		T read() throws Exception;

	}

	/**
	 * @param what what is awaited, for the failure message ("the matching run finished")
	 * @param within how long to wait at most
	 * @param probe reads the state, must not be null
	 * @param done whether the state read is the awaited one
	 * @return the state that is done
	 * @throws AssertionError when it is not done by the deadline
	 */
	public static <T> T until(String what, Duration within, Probe<T> probe, Predicate<? super T> done) {
		long deadline = System.nanoTime() + within.toNanos();
		T seen;
		try {
			seen = probe.read();
			while (!done.test(seen)) {
				if (System.nanoTime() - deadline > 0) {
					throw new AssertionError(
							what + " did not happen within " + within.toSeconds() + " s; last seen: " + seen);
				}
				Thread.sleep(PAUSE);
				seen = probe.read();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (AssertionError | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return seen;
	}

}
