package de.weitblick.bench;

import java.util.SplittableRandom;

import de.weitblick.matching.engine.AssignmentInstance;

/**
 * A seeded generator of participant × place instances for the matching benchmark: every
 * participant has k eligible places, 70 % of them in the own district, capacities sum to
 * about 0.8 × participants, costs 1..1000, and every participant may stay without a place
 * (cost 1001).
 */
final class MatchingInstances {

	static final long UNASSIGNED_COST = 1001;

	private MatchingInstances() {
	}

	/**
	 * A named size of the benchmark.
	 */
	enum Size {

		S(1_000, 100, 10), M(10_000, 1_000, 20), L(100_000, 5_000, 20), XL(1_000_000, 50_000, 10);

		final int participants;

		final int places;

		final int eligible;

		Size(int participants, int places, int eligible) {
			this.participants = participants;
			this.places = places;
			this.eligible = eligible;
		}

	}

	/**
	 * The generated instance, with each participant's district for the explanation.
	 */
	record Generated(AssignmentInstance instance, int[] participantDistrict, int[] placeDistrict) {
	}

	static Generated generate(Size size, long seed) {
		return generate(size.participants, size.places, size.eligible, seed);
	}

	static Generated generate(int n, int m, int k, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int districts = Math.max(1, m / (2 * k));
		int[] placeDistrict = new int[m];
		int[][] placesOfDistrict = new int[districts][];
		int[] counts = new int[districts];
		for (int p = 0; p < m; p++) {
			placeDistrict[p] = p % districts;
			counts[p % districts]++;
		}
		for (int d = 0; d < districts; d++) {
			placesOfDistrict[d] = new int[counts[d]];
			counts[d] = 0;
		}
		for (int p = 0; p < m; p++) {
			int d = placeDistrict[p];
			placesOfDistrict[d][counts[d]++] = p;
		}
		int[] capacities = new int[m];
		int seats = (int) Math.round(0.8 * n);
		for (int s = 0; s < seats; s++) {
			capacities[random.nextInt(m)]++;
		}
		AssignmentInstance.Builder builder = AssignmentInstance.builder(n, capacities);
		int[] participantDistrict = new int[n];
		int near = (int) Math.round(0.7 * k);
		int[] chosen = new int[k];
		for (int i = 0; i < n; i++) {
			int home = random.nextInt(districts);
			participantDistrict[i] = home;
			int[] local = placesOfDistrict[home];
			int taken = 0;
			while (taken < Math.min(near, local.length)) {
				taken = addDistinct(chosen, taken, local[random.nextInt(local.length)]);
			}
			while (taken < Math.min(k, m)) {
				taken = addDistinct(chosen, taken, random.nextInt(m));
			}
			for (int c = 0; c < taken; c++) {
				builder.arc(i, chosen[c], 1 + random.nextInt(1000));
			}
			builder.unassigned(i, UNASSIGNED_COST);
		}
		return new Generated(builder.build(), participantDistrict, placeDistrict);
	}

	private static int addDistinct(int[] chosen, int taken, int place) {
		for (int c = 0; c < taken; c++) {
			if (chosen[c] == place) {
				return taken;
			}
		}
		chosen[taken] = place;
		return taken + 1;
	}

}
