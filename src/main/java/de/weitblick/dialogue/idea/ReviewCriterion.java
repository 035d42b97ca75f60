package de.weitblick.dialogue.idea;

/**
 * A criterion the reviewers score ideas on (Prüfkriterium), as the moderators administer
 * it. Criteria are never deleted: a deactivated one is no longer offered to reviewers,
 * while the scores given on it stay and still count in the results of the ideas scored on
 * it.
 *
 * @param code the stable name, e.g. {@code STRATEGY_FIT}
 * @param position the place in the list, from 1
 * @param labelDe the German label, resolved from the message bundle while none is stored
 * @param labelEn the English label, likewise
 * @param weight from 1 to 100, in the combined result
 * @param active whether it is offered to reviewers
 * @param version for the check against concurrent edits
 * @param scores how many scores were given on it
 */
public record ReviewCriterion(String code, int position, String labelDe, String labelEn, int weight, boolean active,
		int version, int scores) {

	/**
	 * @return the English label for {@code en}, otherwise the German one
	 */
	public String label(String language) {
		return label(language, this.labelDe, this.labelEn);
	}

	static String label(String language, String labelDe, String labelEn) {
		return "en".equals(language) && labelEn != null ? labelEn : labelDe;
	}

}
