package de.weitblick.participant;

import java.util.Arrays;

/**
 * The trigrams of a search name as PostgreSQL's {@code pg_trgm} forms them, so that the
 * likely-duplicate check of a whole chunk of a referral list can compare names in the
 * application instead of calling {@code similarity()} once per pair in the database. Each
 * word (a run of letters and digits) is padded with two spaces in front and one behind
 * and cut into overlapping groups of three characters; a name's trigrams are the set of
 * these. The similarity of two names is the number of trigrams they share divided by the
 * number of distinct trigrams of both.
 * <p>
 * Only names of the characters {@code a–z}, {@code 0–9} and spaces are handled here:
 * which other characters count as letters, and how they are lower-cased, depends on the
 * database's locale, so such names are left to the database ({@link #of} answers null).
 */
final class NameTrigrams {

	/** The threshold the registration form's check applies with {@code similarity()}. */
	private static final int NUMERATOR = 1;

	private static final int DENOMINATOR = 2;

	private final int[] trigrams;

	private NameTrigrams(int[] trigrams) {
		this.trigrams = trigrams;
	}

	/**
	 * @param searchName a name folded as {@link Participant#searchName} folds it
	 * @return its trigrams, or null when it holds a character other than a–z, 0–9 and the
	 * space, whose treatment depends on the database
	 */
	static NameTrigrams of(String searchName) {
		int length = searchName.length();
		// Every word of n characters gives n + 1 trigrams.
		int[] found = new int[length + 1 + length / 2 + 1];
		int count = 0;
		int i = 0;
		while (i < length) {
			char c = searchName.charAt(i);
			if (c == ' ') {
				i++;
				continue;
			}
			if (!isWordCharacter(c)) {
				return null;
			}
			int start = i;
			while (i < length && isWordCharacter(searchName.charAt(i))) {
				i++;
			}
			if (i < length && searchName.charAt(i) != ' ') {
				return null;
			}
			// " w o r d " : two spaces in front, one behind.
			int first = ' ';
			int second = ' ';
			for (int j = start; j <= i; j++) {
				int third = (j < i) ? searchName.charAt(j) : ' ';
				if (count == found.length) {
					found = Arrays.copyOf(found, found.length * 2);
				}
				found[count++] = (first << 16) | (second << 8) | third;
				first = second;
				second = third;
			}
		}
		int[] sorted = Arrays.copyOf(found, count);
		Arrays.sort(sorted);
		int unique = 0;
		for (int j = 0; j < sorted.length; j++) {
			if (unique == 0 || sorted[unique - 1] != sorted[j]) {
				sorted[unique++] = sorted[j];
			}
		}
		return new NameTrigrams(Arrays.copyOf(sorted, unique));
	}

	/**
	 * @param shown what {@code show_trgm()} answers for a name: a trigram of letters,
	 * digits and spaces as its three characters, any other as {@code 0x} and six hex
	 * digits of its three bytes (a hash for characters of more than one byte)
	 * @return the same trigrams as {@link #of} would give them
	 */
	static NameTrigrams shownByTheDatabase(String[] shown) {
		int[] trigrams = new int[shown.length];
		for (int i = 0; i < shown.length; i++) {
			String trigram = shown[i];
			trigrams[i] = (trigram.length() == 3)
					? (trigram.charAt(0) << 16) | (trigram.charAt(1) << 8) | trigram.charAt(2)
					: Integer.parseInt(trigram.substring(2), 16);
		}
		Arrays.sort(trigrams);
		return new NameTrigrams(trigrams);
	}

	private static boolean isWordCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	private int shared(NameTrigrams other) {
		int[] a = this.trigrams;
		int[] b = other.trigrams;
		int shared = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) {
				i++;
			}
			else if (a[i] > b[j]) {
				j++;
			}
			else {
				shared++;
				i++;
				j++;
			}
		}
		return shared;
	}

	/**
	 * @return as {@code similarity()} computes it, in single precision as it does
	 */
	float similarity(NameTrigrams other) {
		if (this.trigrams.length == 0 || other.trigrams.length == 0) {
			return 0f;
		}
		int shared = shared(other);
		return (float) shared / (float) (this.trigrams.length + other.trigrams.length - shared);
	}

	/**
	 * @return whether {@code similarity()} would be at least one half, decided in whole
	 * numbers (the quotient of two small numbers is never rounded across one half)
	 */
	boolean similarTo(NameTrigrams other) {
		if (this.trigrams.length == 0 || other.trigrams.length == 0) {
			return false;
		}
		int shared = shared(other);
		return shared * DENOMINATOR >= (this.trigrams.length + other.trigrams.length - shared) * NUMERATOR;
	}

}
