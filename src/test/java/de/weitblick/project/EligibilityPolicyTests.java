package de.weitblick.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.project.enrolment.EligibilityPolicy;
import de.weitblick.shared.RuleViolation.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's eligibility rules against a person's facts, without Spring.
 */
class EligibilityPolicyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static final EligibilityRules IN_MIGRA = new EligibilityRules(15, 26,
			Set.of(FocusGroupCode.MIGRATION_HISTORY), Set.of(), true, LanguageLevel.A2);

	@Test
	void aYoungImmigrantInTheCityWithA2IsEligibleForInMigra() {
		assertThat(EligibilityPolicy.reasonsAgainst(IN_MIGRA,
				person(LocalDate.of(2008, 5, 1), LanguageLevel.A2, true, FocusGroupCode.MIGRATION_HISTORY), TODAY))
			.isEmpty();
	}

	@Test
	void theAgeLimitsIncludeTheirBirthdays() {
		EligibilityRules rules = new EligibilityRules(15, 26, Set.of(), Set.of(), false, null);
		assertThat(EligibilityPolicy.reasonsAgainst(rules, person(TODAY.minusYears(15), null, true), TODAY)).isEmpty();
		assertThat(EligibilityPolicy.reasonsAgainst(rules, person(TODAY.minusYears(15).plusDays(1), null, true), TODAY))
			.extracting(Reason::messageKey)
			.containsExactly("enrolment.eligibility.too-young");
		assertThat(EligibilityPolicy.reasonsAgainst(rules, person(TODAY.minusYears(27).plusDays(1), null, true), TODAY))
			.isEmpty();
		assertThat(EligibilityPolicy.reasonsAgainst(rules, person(TODAY.minusYears(27), null, true), TODAY))
			.extracting(Reason::messageKey)
			.containsExactly("enrolment.eligibility.too-old");
	}

	@Test
	void nativeGermanMeetsEveryLevelAndNoRecordedGermanMeetsNone() {
		EligibilityRules c2 = new EligibilityRules(null, null, Set.of(), Set.of(), false, LanguageLevel.C2);
		assertThat(
				EligibilityPolicy.reasonsAgainst(c2, person(TODAY.minusYears(30), LanguageLevel.NATIVE, false), TODAY))
			.isEmpty();
		assertThat(EligibilityPolicy.reasonsAgainst(c2, person(TODAY.minusYears(30), null, false), TODAY))
			.extracting(Reason::messageKey)
			.containsExactly("enrolment.eligibility.german-unknown");
	}

	@Test
	void everyRuleNotMetIsNamed() {
		List<Reason> reasons = EligibilityPolicy.reasonsAgainst(IN_MIGRA,
				person(TODAY.minusYears(40), LanguageLevel.A1, false, FocusGroupCode.WOMEN), TODAY);

		assertThat(reasons).extracting(Reason::messageKey)
			.containsExactly("enrolment.eligibility.too-old", "enrolment.eligibility.no-focus-group",
					"enrolment.eligibility.not-in-city", "enrolment.eligibility.german-below");
		assertThat(reasons.get(0).arguments()).containsExactly(40, 26);
	}

	@Test
	void rulesLeftEmptyAdmitEverybody() {
		assertThat(EligibilityPolicy.reasonsAgainst(EligibilityRules.NONE, person(TODAY.minusYears(70), null, false),
				TODAY))
			.isEmpty();
	}

	private static ParticipantProfile person(LocalDate birthDate, LanguageLevel german, boolean inCity,
			FocusGroupCode... groups) {
		List<FocusGroupMembership> memberships = java.util.Arrays.stream(groups)
			.map(group -> new FocusGroupMembership(group, UUID.randomUUID(), "reason", List.of()))
			.toList();
		return new ParticipantProfile(new ParticipantId(UUID.randomUUID()), "Muster", "Erika", birthDate,
				BenefitBasis.SGB_II, inCity, german, memberships, UUID.randomUUID(), UUID.randomUUID(),
				ParticipantStatus.ACTIVE);
	}

}
