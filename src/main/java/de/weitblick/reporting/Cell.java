package de.weitblick.reporting;

/**
 * One count of people in a report as it may be published: the number, or only that it is
 * below the disclosure threshold.
 *
 * @param value the count, or null when hidden
 * @param below the threshold a hidden count is below; null when shown, and null when
 * hidden only so that another hidden count cannot be computed from a total
 */
public record Cell(Integer value, Integer below) {

	public boolean isHidden() {
		return this.value == null;
	}

	/**
	 * @return the number, "< N" when hidden for being small, "*" when hidden with others
	 */
	public String text() {
		if (this.value != null) {
			return this.value.toString();
		}
		return (this.below != null) ? "< " + this.below : "*";
	}

	/**
	 * @return the number as a chart reads it, empty when hidden
	 */
	public String chartValue() {
		return (this.value != null) ? this.value.toString() : "";
	}

}
