package de.weitblick.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The small-number rule for figures about people (statistical disclosure control, the
 * Federal Employment Agency's rule): a count between one and the threshold is hidden
 * (primary suppression); where categories exclude each other and add up to a total that
 * is shown, a single hidden cell could be computed back, so the next smallest cell is
 * hidden as well (secondary suppression). Zero is shown: nobody can be recognised in it.
 * The threshold is {@code weitblick.disclosure.threshold}, three unless set; projects,
 * reports and strategy goals read it through {@link #THRESHOLD}.
 */
public final class SmallNumbers {

	/** The setting of the threshold with its default, for {@code @Value}. */
	public static final String THRESHOLD = "${weitblick.disclosure.threshold:3}";

	private final int threshold;

	/**
	 * @param threshold the smallest count shown, 1 to 50
	 * @throws IllegalArgumentException when the threshold is out of range
	 */
	public SmallNumbers(int threshold) {
		if (threshold < 1 || threshold > 50) {
			throw new IllegalArgumentException("weitblick.disclosure.threshold must lie between 1 and 50");
		}
		this.threshold = threshold;
	}

	public int threshold() {
		return this.threshold;
	}

	/**
	 * @return whether a count on its own is too small to be shown
	 */
	public boolean hides(long count) {
		return count > 0 && count < this.threshold;
	}

	/**
	 * A count on its own, or one of categories that may overlap (a person in several
	 * focus groups), from which no hidden cell can be computed.
	 */
	public Figure of(long count) {
		return hides(count) ? Figure.hidden(this.threshold) : Figure.shown(Math.toIntExact(count));
	}

	/**
	 * Categories that exclude each other and add up to the total.
	 * @param cells the counts of the categories, never null
	 * @param total their sum
	 * @return the cells as they may be shown, in the order given, and then the total
	 */
	public List<Figure> exclusive(List<? extends Number> cells, long total) {
		List<Long> counts = cells.stream().map(Number::longValue).toList();
		List<Figure> shown = new ArrayList<>(counts.stream().map(this::of).toList());
		Figure totalShown = of(total);
		long hidden = shown.stream().filter(Figure::isHidden).count();
		if (hidden == 1 && !totalShown.isHidden()) {
			// One hidden cell is the total less the others: hide the next smallest one.
			var next = IntStream.range(0, counts.size())
				.filter(i -> !shown.get(i).isHidden() && counts.get(i) > 0)
				.boxed()
				.min(Comparator.comparing(counts::get));
			if (next.isPresent()) {
				shown.set(next.get(), Figure.hiddenWithOthers());
			}
			else {
				totalShown = Figure.hiddenWithOthers();
			}
		}
		shown.add(totalShown);
		return shown;
	}

}
