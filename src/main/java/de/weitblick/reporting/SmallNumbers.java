package de.weitblick.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The small-number rule for published figures ({@code weitblick.disclosure.threshold},
 * the Federal Employment Agency's 3 unless set): a count between one and the threshold is
 * hidden; where categories exclude each other and add up to a total that is shown, a
 * single hidden cell is hidden together with the next smallest, so it cannot be computed
 * back.
 */
@Component
class SmallNumbers {

	private final int threshold;

	SmallNumbers(@Value("${weitblick.disclosure.threshold:3}") int threshold) {
		this.threshold = threshold;
	}

	int threshold() {
		return this.threshold;
	}

	Cell of(long count) {
		return (count > 0 && count < this.threshold) ? new Cell(null, this.threshold) : new Cell((int) count, null);
	}

	/**
	 * @param cells counts of categories that exclude each other and add up to the total
	 * @return the cells as they may be shown, in the order given, then the total
	 */
	List<Cell> exclusive(List<Long> cells, long total) {
		List<Cell> shown = new ArrayList<>(cells.stream().map(this::of).toList());
		Cell totalShown = of(total);
		long hidden = shown.stream().filter(Cell::isHidden).count();
		if (hidden == 1 && !totalShown.isHidden()) {
			var next = IntStream.range(0, cells.size())
				.filter(i -> !shown.get(i).isHidden() && cells.get(i) > 0)
				.boxed()
				.min(Comparator.comparing(cells::get));
			if (next.isPresent()) {
				shown.set(next.get(), new Cell(null, null));
			}
			else {
				totalShown = new Cell(null, null);
			}
		}
		shown.add(totalShown);
		return shown;
	}

}
