package de.weitblick.participant.merge;

import java.util.List;
import java.util.Locale;

import de.weitblick.participant.Participant;

/**
 * Two records of one person side by side as the merge page shows them, with a choice per
 * differing field.
 *
 * @param comparison the comparison, never null
 * @param rows one per differing field, its values in words; never null
 * @param survivorCounsellor the name of the counsellor of the record that will remain,
 * empty when the account is gone
 * @param mergedCounsellor the same for the record that will be merged into it
 */
public record MergePage(MergeComparison comparison, List<Row> rows, String survivorCounsellor,
		String mergedCounsellor) {

	/** The message keys of the parts that move to the survivor, in the order counted. */
	private static final List<String> PART_KEYS = List.of("participant.merge.parts.goals",
			"participant.merge.parts.notes", "participant.merge.parts.appointments",
			"participant.merge.parts.documents");

	public MergePage {
		rows = List.copyOf(rows);
	}

	public Participant survivor() {
		return this.comparison.survivor();
	}

	public Participant merged() {
		return this.comparison.merged();
	}

	public List<String> partKeys() {
		return PART_KEYS;
	}

	/**
	 * One differing field as the page offers the choice.
	 *
	 * @param field never null
	 * @param survivorValue in words, may be null
	 * @param mergedValue in words, may be null
	 * @param chosen never null
	 */
	public record Row(MergeField field, String survivorValue, String mergedValue, MergeSide chosen) {

		public String id() {
			return "choice-" + this.field.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
