package de.weitblick.strategy;

import java.math.BigDecimal;
import java.util.List;

import de.weitblick.strategy.GoalFigures.ServingProject;

/**
 * A goal with its figures year by year, as its page and the API show it.
 *
 * @param goal never null
 * @param projects the projects that serve it, by name; never null
 * @param years the indicator's figure for each year from the baseline year to the target
 * year (or this year, when no target is set); never null
 * @param latest the latest year with a figure shown, or null when there is none
 * @param achievedPercent how much of the way from baseline to target the latest figure
 * has come, in per cent (may be negative or above 100), or null when it cannot be said
 * @param threshold the smallest count of people shown
 */
public record GoalProgress(StrategyGoal goal, List<ServingProject> projects, List<YearFigure> years, YearFigure latest,
		Integer achievedPercent, int threshold) {

	/**
	 * The indicator's figure in one year.
	 *
	 * @param year the year
	 * @param value the figure, or null when there is none or it is hidden
	 * @param hidden whether a count was too small to be shown
	 * @param target the target figure of the year on a straight line from baseline to
	 * target, or null without a target
	 */
	public record YearFigure(int year, BigDecimal value, boolean hidden, BigDecimal target) {

		/**
		 * @return the value for a chart: empty when there is none, so it stays a gap
		 */
		public String chartValue() {
			return (this.value != null) ? this.value.toPlainString() : "";
		}

	}

}
