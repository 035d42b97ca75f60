package de.weitblick.reporting;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits in a test until a run in the background (a funder report, the export of a list)
 * is finished, at most two minutes, and hands back what was read last.
 */
final class UntilFinished {

	private static final Duration AT_MOST = Duration.ofSeconds(120);

	private static final long PAUSE_MILLIS = 100;

	private UntilFinished() {
	}

	static <T> T await(Supplier<T> read, Predicate<T> finished) {
		long deadline = System.nanoTime() + AT_MOST.toNanos();
		T last = read.get();
		while (!finished.test(last) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(PAUSE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			last = read.get();
		}
		return last;
	}

}
