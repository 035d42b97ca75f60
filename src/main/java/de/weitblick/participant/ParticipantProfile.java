package de.weitblick.participant;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupMembership;

/**
 * What another module may know of a person to decide about an offer for them, such as a
 * project's eligibility rules: no address, no contact details, no household.
 *
 * @param id never null
 * @param familyName never null
 * @param givenNames never null
 * @param birthDate never null
 * @param benefitBasis never null
 * @param livesInCity whether the address lies in one of the city's districts
 * @param germanLevel the recorded level of German, or null when none is recorded
 * @param focusGroups the focus groups on the day asked for, each with its rule and
 * reason; never null
 * @param counsellorId who holds the case, never null
 * @param responsibleUnitId the team that holds the case, never null
 * @param status never null
 */
public record ParticipantProfile(ParticipantId id, String familyName, String givenNames, LocalDate birthDate,
		BenefitBasis benefitBasis, boolean livesInCity, LanguageLevel germanLevel,
		List<FocusGroupMembership> focusGroups, UUID counsellorId, UUID responsibleUnitId, ParticipantStatus status) {

	public ParticipantProfile {
		focusGroups = List.copyOf(focusGroups);
	}

	/**
	 * @param day must not be null
	 * @return the age in whole years on that day
	 */
	public int ageOn(LocalDate day) {
		return Period.between(this.birthDate, day).getYears();
	}

	/**
	 * @return "family name, given names", never null
	 */
	public String displayName() {
		return this.familyName + ", " + this.givenNames;
	}

}
