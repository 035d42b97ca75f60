package de.weitblick.project.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.weitblick.focusgroup.FocusGroupMembership;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.ParticipantProfile;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.project.EligibilityRules;
import de.weitblick.shared.RuleViolation.Reason;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Whether a person may take part in a project, on a given day, by the project's rules:
 * age range, focus groups, benefit basis, residence in the city and German (CEFR). Every
 * rule the person does not meet is named with the facts that decided, so the person and
 * the counsellor can read why; a closed case is never eligible.
 *
 * <p>
 * Public because the referral and enrolment facades in the module's base package apply
 * it; outside the base package, no other module reaches it.
 */
public final class EligibilityPolicy {

	private EligibilityPolicy() {
	}

	/**
	 * @param rules must not be null
	 * @param person must not be null
	 * @param day the day the decision is made for, must not be null
	 * @return the reasons the person is not eligible, empty when eligible; never null
	 */
	public static List<Reason> reasonsAgainst(EligibilityRules rules, ParticipantProfile person, LocalDate day) {
		List<Reason> reasons = new ArrayList<>();
		if (person.status() == ParticipantStatus.CLOSED) {
			reasons.add(reason("enrolment.eligibility.case-closed"));
		}
		int age = person.ageOn(day);
		if (rules.minimumAge() != null && age < rules.minimumAge()) {
			reasons.add(reason("enrolment.eligibility.too-young", age, rules.minimumAge()));
		}
		if (rules.maximumAge() != null && age > rules.maximumAge()) {
			reasons.add(reason("enrolment.eligibility.too-old", age, rules.maximumAge()));
		}
		if (!rules.focusGroups().isEmpty() && person.focusGroups()
			.stream()
			.map(FocusGroupMembership::focusGroup)
			.noneMatch(rules.focusGroups()::contains)) {
			reasons.add(reason("enrolment.eligibility.no-focus-group"));
		}
		if (!rules.benefitBases().isEmpty() && !rules.benefitBases().contains(person.benefitBasis())) {
			reasons.add(reason("enrolment.eligibility.benefit-basis",
					new DefaultMessageSourceResolvable(person.benefitBasis().messageKey())));
		}
		if (rules.requiresCityResidence() && !person.livesInCity()) {
			reasons.add(reason("enrolment.eligibility.not-in-city"));
		}
		LanguageLevel required = rules.minimumGermanLevel();
		if (required != null) {
			LanguageLevel german = person.germanLevel();
			if (german == null) {
				reasons.add(reason("enrolment.eligibility.german-unknown", required.name()));
			}
			else if (german.compareTo(required) < 0) {
				reasons.add(reason("enrolment.eligibility.german-below", german.name(), required.name()));
			}
		}
		return reasons;
	}

	/**
	 * @throws RuleViolation with every reason when the person is not eligible
	 */
	public static void check(EligibilityRules rules, ParticipantProfile person, LocalDate day) {
		List<Reason> reasons = reasonsAgainst(rules, person, day);
		if (!reasons.isEmpty()) {
			throw new RuleViolation("participantId", "enrolment.rule.not-eligible", reasons);
		}
	}

	private static Reason reason(String key, Object... arguments) {
		return new Reason(key, List.of(arguments));
	}

}
