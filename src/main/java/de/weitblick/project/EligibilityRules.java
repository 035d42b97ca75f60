package de.weitblick.project;

import java.util.Set;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.LanguageLevel;

/**
 * Who may take part in a project. Every rule left empty admits everybody.
 *
 * @param minimumAge the youngest age admitted, in whole years, or null
 * @param maximumAge the oldest age admitted, in whole years, or null
 * @param focusGroups the person must belong to at least one of them; empty admits
 * everybody; never null
 * @param benefitBases the person must receive one of them; empty admits everybody; never
 * null
 * @param requiresCityResidence whether the person must live in the city
 * @param minimumGermanLevel the German the person needs at least (CEFR), or null
 */
public record EligibilityRules(Integer minimumAge, Integer maximumAge, Set<FocusGroupCode> focusGroups,
		Set<BenefitBasis> benefitBases, boolean requiresCityResidence, LanguageLevel minimumGermanLevel) {

	/** Admits everybody. */
	public static final EligibilityRules NONE = new EligibilityRules(null, null, Set.of(), Set.of(), false, null);

	public EligibilityRules {
		focusGroups = Set.copyOf(focusGroups);
		benefitBases = Set.copyOf(benefitBases);
	}

}
