package de.weitblick.shared;

/**
 * One count about people as it may be shown: the number, or only that it is below the
 * disclosure threshold. A hidden figure never carries its value, so no page or API can
 * show it by mistake.
 *
 * @param value the count, or null when hidden
 * @param below the threshold a hidden count is below; null when shown, and null when
 * hidden only so that a smaller hidden count cannot be computed from a total (secondary
 * suppression)
 */
public record Figure(Integer value, Integer below) {

	public static Figure shown(int value) {
		return new Figure(value, null);
	}

	public static Figure hidden(int threshold) {
		return new Figure(null, threshold);
	}

	public static Figure hiddenWithOthers() {
		return new Figure(null, null);
	}

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
