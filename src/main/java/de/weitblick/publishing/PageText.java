package de.weitblick.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's text as the administrator writes it, in a small markup that never becomes raw
 * HTML: a blank line separates paragraphs, a line starting with {@code ## } is a heading,
 * lines starting with {@code - } form a list, a line break inside a paragraph stays one,
 * {@code [words](https://…)} is a link (only {@code https}, {@code http}, {@code mailto}
 * and {@code tel}), and {@code [ZU ERGÄNZEN: …]} or {@code [TO BE COMPLETED: …]} marks
 * what the operator must still fill in. Everything else is text, shown as typed.
 *
 * @param blocks never null
 */
public record PageText(List<Block> blocks) {

	private static final Pattern INLINE = Pattern.compile(
			"\\[(ZU ERGÄNZEN|TO BE COMPLETED):[^\\]]*\\]|\\[([^\\]\\n]+)\\]\\(((?:https?://|mailto:|tel:)[^)\\s]+)\\)");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\[(ZU ERGÄNZEN|TO BE COMPLETED):");

	/**
	 * @param text may be null
	 * @return the blocks of the text, never null
	 */
	public static PageText parse(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null) {
			return new PageText(blocks);
		}
		List<String> paragraph = new ArrayList<>();
		List<List<Inline>> items = new ArrayList<>();
		for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String line = raw.strip();
			boolean item = line.startsWith("- ");
			if (line.isEmpty() || line.startsWith("## ") || item) {
				flushParagraph(paragraph, blocks);
			}
			if (!item) {
				flushList(items, blocks);
			}
			if (line.startsWith("## ")) {
				blocks.add(new Block(Block.Kind.HEADING, inlines(line.substring(3).strip()), List.of()));
			}
			else if (item) {
				items.add(inlines(line.substring(2).strip()));
			}
			else if (!line.isEmpty()) {
				paragraph.add(line);
			}
		}
		flushParagraph(paragraph, blocks);
		flushList(items, blocks);
		return new PageText(blocks);
	}

	/**
	 * @param text may be null
	 * @return whether the text holds a placeholder for the operator
	 */
	public static boolean hasPlaceholder(String text) {
		return text != null && PLACEHOLDER.matcher(text).find();
	}

	private static void flushParagraph(List<String> lines, List<Block> blocks) {
		if (lines.isEmpty()) {
			return;
		}
		List<Inline> inlines = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				inlines.add(Inline.BREAK);
			}
			inlines.addAll(inlines(lines.get(i)));
		}
		blocks.add(new Block(Block.Kind.PARAGRAPH, inlines, List.of()));
		lines.clear();
	}

	private static void flushList(List<List<Inline>> items, List<Block> blocks) {
		if (!items.isEmpty()) {
			blocks.add(new Block(Block.Kind.LIST, List.of(), List.copyOf(items)));
			items.clear();
		}
	}

	private static List<Inline> inlines(String line) {
		List<Inline> inlines = new ArrayList<>();
		Matcher matcher = INLINE.matcher(line);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				inlines.add(new Inline(Inline.Kind.TEXT, line.substring(at, matcher.start()), null));
			}
			if (matcher.group(1) != null) {
				inlines.add(new Inline(Inline.Kind.PLACEHOLDER, matcher.group(), null));
			}
			else {
				inlines.add(new Inline(Inline.Kind.LINK, matcher.group(2), matcher.group(3)));
			}
			at = matcher.end();
		}
		if (at < line.length()) {
			inlines.add(new Inline(Inline.Kind.TEXT, line.substring(at), null));
		}
		return inlines;
	}

	/**
	 * A heading, a paragraph or a list.
	 *
	 * @param kind never null
	 * @param inlines the text of a heading or paragraph, never null
	 * @param items the items of a list, never null
	 */
	public record Block(Kind kind, List<Inline> inlines, List<List<Inline>> items) {

		/** What a block is. */
		public enum Kind {

			/** A heading of a section. */
			HEADING,

			/** A paragraph. */
			PARAGRAPH,

			/** A list with bullets. */
			LIST

		}

	}

	/**
	 * A piece of text within a block.
	 *
	 * @param kind never null
	 * @param text the words shown, never null
	 * @param href the address of a link, otherwise null
	 */
	public record Inline(Kind kind, String text, String href) {

		static final Inline BREAK = new Inline(Kind.BREAK, "", null);

		/** What a piece is. */
		public enum Kind {

			/** Text as typed. */
			TEXT,

			/** A link. */
			LINK,

			/** A line break within a paragraph. */
			BREAK,

			/** What the operator must still fill in. */
			PLACEHOLDER

		}

	}

}
