package de.weitblick.project.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import de.weitblick.project.Figure;

/**
 * Statistical disclosure control for figures about people (the Federal Employment
 * Agency's rule, see {@link DisclosureSettings}): a count between one and the threshold
 * is hidden (primary suppression); where categories add up to a total that is shown, a
 * single hidden cell could be computed back, so the next smallest cell is hidden as well
 * (secondary suppression). Zero is shown: nobody can be recognised in it.
 */
public final class Disclosure {

	private final int threshold;

	public Disclosure(int threshold) {
		this.threshold = threshold;
	}

	public int threshold() {
		return this.threshold;
	}

	/**
	 * A count on its own, or one of categories that may overlap (a person in several
	 * focus groups), from which no hidden cell can be computed.
	 */
	public Figure of(int count) {
		return (count > 0 && count < this.threshold) ? Figure.hidden(this.threshold) : Figure.shown(count);
	}

	/**
	 * Categories that exclude each other and add up to the total.
	 * @param cells the counts of the categories, never null
	 * @param total their sum
	 * @return the cells as they may be shown, in the order given, and then the total
	 */
	public List<Figure> exclusive(List<Integer> cells, int total) {
		List<Figure> shown = new ArrayList<>(cells.stream().map(this::of).toList());
		Figure totalShown = of(total);
		long hidden = shown.stream().filter(Figure::isHidden).count();
		if (hidden == 1 && !totalShown.isHidden()) {
			// One hidden cell is the total less the others: hide the next smallest one.
			var next = IntStream.range(0, cells.size())
				.filter(i -> !shown.get(i).isHidden() && cells.get(i) > 0)
				.boxed()
				.min(Comparator.comparing(cells::get));
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
