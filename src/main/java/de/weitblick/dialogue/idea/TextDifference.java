package de.weitblick.dialogue.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two versions of a text, word by word: the longest common
 * sequence of words is kept, the rest is removed or added. Spaces and line breaks stay
 * with the word they follow, so the parts joined give back either text.
 */
public final class TextDifference {

	/** Longer texts are compared as a whole: the table would grow with their square. */
	private static final int MOST_WORDS = 2000;

	private static final Pattern WORD = Pattern.compile("\\s*\\S+|\\s+");

	private TextDifference() {
	}

	/**
	 * @param before may be null
	 * @param after may be null
	 * @return the parts in reading order, neighbours of the same kind joined; empty when
	 * both are empty
	 */
	public static List<Part> between(String before, String after) {
		List<String> old = words(before);
		List<String> now = words(after);
		List<Part> parts = new ArrayList<>();
		if (old.size() > MOST_WORDS || now.size() > MOST_WORDS) {
			add(parts, Kind.REMOVED, String.join("", old));
			add(parts, Kind.ADDED, String.join("", now));
			return parts;
		}
		int[][] common = new int[old.size() + 1][now.size() + 1];
		for (int i = old.size() - 1; i >= 0; i--) {
			for (int j = now.size() - 1; j >= 0; j--) {
				common[i][j] = same(old.get(i), now.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < old.size() || j < now.size()) {
			if (i < old.size() && j < now.size() && same(old.get(i), now.get(j))) {
				add(parts, Kind.KEPT, now.get(j));
				i++;
				j++;
			}
			else if (i < old.size() && (j == now.size() || common[i + 1][j] >= common[i][j + 1])) {
				add(parts, Kind.REMOVED, old.get(i++));
			}
			else {
				add(parts, Kind.ADDED, now.get(j++));
			}
		}
		return parts;
	}

	/**
	 * @return whether anything differs
	 */
	public static boolean changed(List<Part> parts) {
		return parts.stream().anyMatch(part -> part.kind() != Kind.KEPT);
	}

	private static boolean same(String a, String b) {
		return a.strip().equals(b.strip());
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text != null) {
			Matcher matcher = WORD.matcher(text);
			while (matcher.find()) {
				words.add(matcher.group());
			}
		}
		return words;
	}

	private static void add(List<Part> parts, Kind kind, String text) {
		if (text.isEmpty()) {
			return;
		}
		if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
			Part last = parts.remove(parts.size() - 1);
			parts.add(new Part(kind, last.text() + text));
		}
		else {
			parts.add(new Part(kind, text));
		}
	}

	/**
	 * How a part of the text changed.
	 */
	public enum Kind {

		KEPT, REMOVED, ADDED;

		public String messageKey() {
			return "dialogue.version.part." + name();
		}

	}

	/**
	 * @param kind never null
	 * @param text never empty
	 */
	public record Part(Kind kind, String text) {

		public boolean kept() {
			return this.kind == Kind.KEPT;
		}

		public boolean removed() {
			return this.kind == Kind.REMOVED;
		}

		public boolean added() {
			return this.kind == Kind.ADDED;
		}

	}

}
