package de.weitblick.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times a step again and again after a warm-up and gives the median and the 95th
 * percentile in milliseconds.
 */
final class Measurement {

	private Measurement() {
	}

	static Figures measure(int warmUp, int samples, Sample sample) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			sample.run(i);
		}
		double[] millis = new double[samples];
		for (int i = 0; i < samples; i++) {
			long start = System.nanoTime();
			sample.run(i);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new Figures(percentile(millis, 50), percentile(millis, 95));
	}

	/**
	 * Times two steps taking turns, each sample of one next to a sample of the other, so
	 * that whatever else the machine does at a time weighs on both alike: for a ratio of
	 * the two, as between a page and its statements in SQL. The one that goes first
	 * changes from pair to pair.
	 * @return the figures of the first step and of the second, in that order
	 */
	static Figures[] measureInTurns(int warmUp, int samples, Sample first, Sample second) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			first.run(i);
			second.run(i);
		}
		double[] firstMillis = new double[samples];
		double[] secondMillis = new double[samples];
		for (int i = 0; i < samples; i++) {
			if (i % 2 == 0) {
				firstMillis[i] = time(first, i);
				secondMillis[i] = time(second, i);
			}
			else {
				secondMillis[i] = time(second, i);
				firstMillis[i] = time(first, i);
			}
		}
		Arrays.sort(firstMillis);
		Arrays.sort(secondMillis);
		return new Figures[] { new Figures(percentile(firstMillis, 50), percentile(firstMillis, 95)),
				new Figures(percentile(secondMillis, 50), percentile(secondMillis, 95)) };
	}

	private static double time(Sample sample, int iteration) throws Exception {
		long start = System.nanoTime();
		sample.run(iteration);
		return (System.nanoTime() - start) / 1e6;
	}

	private static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	static void print(String what, Figures figures) {
		System.out.printf(Locale.ROOT, "%-40s %10.1f %10.1f%n", what, figures.p50(), figures.p95());
	}

	/**
	 * One step to time.
	 */
	@FunctionalInterface
	interface Sample {

		void run(int iteration) throws Exception;

	}

	/**
	 * @param p50 the median in milliseconds
	 * @param p95 the 95th percentile in milliseconds
	 */
	record Figures(double p50, double p95) {
	}

}
