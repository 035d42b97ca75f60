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
