package de.weitblick.focusgroup;

import java.time.LocalDate;

/**
 * What the focus-group rules need to know about a person, and nothing more. Unknown facts
 * are null: a rule that needs an unknown fact does not count the person in.
 *
 * @param birthDate may be null
 * @param female whether the person stated the female gender
 * @param singleParent whether the person lives with and cares alone for at least one
 * minor child (§ 21 Abs. 3 SGB II)
 * @param bornWithGermanCitizenship may be null when not stated
 * @param parentBornWithoutGermanCitizenship at least one parent was born without German
 * citizenship; null unless the person consented to give their parents' data
 * @param immigrationYear the year the person immigrated to Germany, or null when born in
 * Germany or not stated
 * @param bothParentsImmigrated whether both parents immigrated since 1950; null unless
 * the person consented to give their parents' data
 * @param sgbXiiChapter 3 or 4 when the person is entitled to benefits under that chapter
 * of SGB XII, otherwise null
 * @param unemployedSince the first day of the current unemployment, or null when not
 * unemployed
 */
public record PersonFacts(LocalDate birthDate, boolean female, boolean singleParent, Boolean bornWithGermanCitizenship,
		Boolean parentBornWithoutGermanCitizenship, Integer immigrationYear, Boolean bothParentsImmigrated,
		Integer sgbXiiChapter, LocalDate unemployedSince) {

}
