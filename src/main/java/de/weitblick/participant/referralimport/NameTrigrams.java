package de.weitblick.participant.referralimport;

import java.util.Arrays;

import de.weitblick.participant.Participant;

/**
 * The trigrams of a search name as PostgreSQL's {@code pg_trgm} forms them, so that the
 * application can tell whether two names are alike with exactly the answer of
 * {@code similarity(a, b) >= 0.5} without a round trip per pair: a referral import
 * compares every row with everybody born on the same day, millions of pairs on a
 * Land-sized data set, and {@code pg_trgm} builds both names' trigrams again for every
 * pair.
 * <p>
 * Only names of ASCII characters are formed here (what {@link Participant#normalise}
 * makes of most names); for any other character {@code pg_trgm} lowercases and tells word
 * characters by the database's locale and folds multibyte trigrams into a checksum, so
 * such names are left to the database ({@link #of} answers null).
 */
public final class NameTrigrams {

	private static final int[] NONE = new int[0];

	private NameTrigrams() {
	}

	/**
	 * The distinct trigrams of a name, as {@code show_trgm(name)} lists them: every word
	 * (letters and digits) lowercased, with two spaces before and one after it, cut into
	 * every three consecutive characters.
	 * @param name must not be null
	 * @return the trigrams, sorted, each three characters in one int; null when the name
	 * holds a character beyond ASCII
	 */
	public static int[] of(String name) {
		int length = name.length();
		// A word of n characters has n + 1 trigrams: at most the name's length + 1.
		int[] trigrams = new int[length + 1];
		int count = 0;
		int i = 0;
		while (i < length) {
			char c = name.charAt(i);
			if (c >= 0x80) {
				return null;
			}
			if (!wordCharacter(c)) {
				i++;
				continue;
			}
			// " w", " wo", "wor", …, "rd "
			int window = (' ' << 8) | ' ';
			while (i < length && wordCharacter(name.charAt(i))) {
				window = ((window << 8) | lower(name.charAt(i))) & 0xFFFFFF;
				trigrams[count++] = window;
				i++;
			}
			trigrams[count++] = ((window << 8) | ' ') & 0xFFFFFF;
		}
		if (count == 0) {
			return NONE;
		}
		Arrays.sort(trigrams, 0, count);
		int distinct = 1;
		for (int k = 1; k < count; k++) {
			if (trigrams[k] != trigrams[distinct - 1]) {
				trigrams[distinct++] = trigrams[k];
			}
		}
		return Arrays.copyOf(trigrams, distinct);
	}

	/**
	 * How many trigrams two names share.
	 * @param a the trigrams of one, from {@link #of}
	 * @param b the trigrams of the other
	 */
	static int shared(int[] a, int[] b) {
		int shared = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return shared;
	}

	/**
	 * {@code similarity()} of two names: the shared trigrams over all the trigrams of
	 * both, in single precision as {@code pg_trgm} divides; two names without a trigram
	 * have none. The quotient of such small counts is never rounded across one half, so
	 * {@code >= 0.5f} tells alike names as the database does.
	 */
	public static float similarity(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0f;
		}
		int shared = shared(a, b);
		return (float) shared / (float) (a.length + b.length - shared);
	}

	private static boolean wordCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	private static int lower(char c) {
		return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
	}

}
