package de.weitblick.focusgroup;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which focus groups a person belongs to on a given day, by the rules in force
 * that day. A person may belong to several groups. Because the day is an input, a group
 * that depends on time (turning 25, twelve months of unemployment) changes on the right
 * day without anyone editing the record.
 */
public final class FocusGroupClassifier {

	private final List<FocusGroup> focusGroups;

	private final MigrationDefinition migrationDefinition;

	/**
	 * @param focusGroups the groups with all their dated rules, must not be null
	 * @param migrationDefinition the definition in force, must not be null
	 */
	public FocusGroupClassifier(List<FocusGroup> focusGroups, MigrationDefinition migrationDefinition) {
		this.focusGroups = List.copyOf(focusGroups);
		this.migrationDefinition = migrationDefinition;
	}

	/**
	 * @param facts must not be null
	 * @param day must not be null
	 * @return the memberships in the focus groups' order, each with its reason; never
	 * null
	 */
	public List<FocusGroupMembership> classify(PersonFacts facts, LocalDate day) {
		List<FocusGroupMembership> memberships = new ArrayList<>();
		for (FocusGroup group : this.focusGroups) {
			for (FocusGroupRule rule : group.rulesValidOn(day)) {
				if (!rule.isAppliedOn(day, this.migrationDefinition)) {
					continue;
				}
				Optional<FocusGroupMembership> membership = apply(rule, facts, day);
				if (membership.isPresent()) {
					memberships.add(membership.get());
					break;
				}
			}
		}
		return memberships;
	}

	/**
	 * The periods in which the person belongs to each group, from a day on, with the
	 * facts as they are: the days the rules change and the days the person turns 25 or
	 * completes twelve months of unemployment end or start a period. Stored, they let a
	 * search filter by focus group for any day without evaluating the rules row by row.
	 * @param facts must not be null
	 * @param from the first day of interest, must not be null
	 * @return the periods ordered by group and start, never null
	 */
	public List<MembershipPeriod> membershipPeriods(PersonFacts facts, LocalDate from) {
		java.util.TreeSet<LocalDate> boundaries = new java.util.TreeSet<>();
		boundaries.add(from);
		for (FocusGroup group : this.focusGroups) {
			for (FocusGroupRule rule : group.rules()) {
				boundaries.add(rule.validity().start());
				if (rule.validity().end() != null) {
					boundaries.add(rule.validity().end().plusDays(1));
				}
				if ("AGE_BELOW".equals(rule.criterion()) && facts.birthDate() != null) {
					boundaries.add(facts.birthDate().plusYears(rule.threshold()));
				}
				if ("UNEMPLOYED_MONTHS_AT_LEAST".equals(rule.criterion()) && facts.unemployedSince() != null) {
					boundaries.add(facts.unemployedSince().plusMonths(rule.threshold()));
				}
			}
		}
		List<LocalDate> days = boundaries.tailSet(from, true).stream().toList();
		java.util.Map<FocusGroupCode, LocalDate> openSince = new java.util.EnumMap<>(FocusGroupCode.class);
		List<MembershipPeriod> periods = new ArrayList<>();
		for (LocalDate day : days) {
			java.util.Set<FocusGroupCode> members = java.util.EnumSet.noneOf(FocusGroupCode.class);
			classify(facts, day).forEach(membership -> members.add(membership.focusGroup()));
			for (FocusGroupCode code : FocusGroupCode.values()) {
				if (members.contains(code) && !openSince.containsKey(code)) {
					openSince.put(code, day);
				}
				else if (!members.contains(code) && openSince.containsKey(code)) {
					periods.add(new MembershipPeriod(code, openSince.remove(code), day));
				}
			}
		}
		openSince.forEach((code, since) -> periods.add(new MembershipPeriod(code, since, null)));
		periods
			.sort(java.util.Comparator.comparing(MembershipPeriod::focusGroup).thenComparing(MembershipPeriod::from));
		return periods;
	}

	private Optional<FocusGroupMembership> apply(FocusGroupRule rule, PersonFacts facts, LocalDate day) {
		return switch (rule.criterion()) {
			case "AGE_BELOW" -> ageBelow(rule, facts, day);
			case "MIGRATION_BACKGROUND" -> migrationBackground(rule, facts);
			case "IMMIGRATION_HISTORY" -> immigrationHistory(rule, facts);
			case "FEMALE_SINGLE_PARENT_FLAG" -> female(rule, facts);
			case "UNEMPLOYED_MONTHS_AT_LEAST" -> longTermUnemployed(rule, facts, day);
			case "SGB_XII_CHAPTER_3_OR_4" -> sgbXii(rule, facts);
			default ->
				throw new IllegalStateException("No implementation for focus-group criterion " + rule.criterion());
		};
	}

	private static Optional<FocusGroupMembership> ageBelow(FocusGroupRule rule, PersonFacts facts, LocalDate day) {
		if (facts.birthDate() == null || facts.birthDate().isAfter(day)) {
			return Optional.empty();
		}
		int age = Period.between(facts.birthDate(), day).getYears();
		return (age < rule.threshold())
				? member(rule, "focusgroup.reason.AGE_BELOW", age, facts.birthDate(), rule.threshold())
				: Optional.empty();
	}

	private static Optional<FocusGroupMembership> migrationBackground(FocusGroupRule rule, PersonFacts facts) {
		if (Boolean.FALSE.equals(facts.bornWithGermanCitizenship())) {
			return member(rule, "focusgroup.reason.MIGRATION_BACKGROUND.self");
		}
		if (Boolean.TRUE.equals(facts.parentBornWithoutGermanCitizenship())) {
			return member(rule, "focusgroup.reason.MIGRATION_BACKGROUND.parent");
		}
		return Optional.empty();
	}

	private static Optional<FocusGroupMembership> immigrationHistory(FocusGroupRule rule, PersonFacts facts) {
		if (facts.immigrationYear() != null && facts.immigrationYear() >= rule.threshold()) {
			return member(rule, "focusgroup.reason.IMMIGRATION_HISTORY.self", facts.immigrationYear());
		}
		if (Boolean.TRUE.equals(facts.bothParentsImmigrated())) {
			return member(rule, "focusgroup.reason.IMMIGRATION_HISTORY.parents", rule.threshold());
		}
		return Optional.empty();
	}

	private static Optional<FocusGroupMembership> female(FocusGroupRule rule, PersonFacts facts) {
		if (!facts.female()) {
			return Optional.empty();
		}
		return member(rule,
				facts.singleParent() ? "focusgroup.reason.FEMALE.single-parent" : "focusgroup.reason.FEMALE");
	}

	private static Optional<FocusGroupMembership> longTermUnemployed(FocusGroupRule rule, PersonFacts facts,
			LocalDate day) {
		if (facts.unemployedSince() == null || facts.unemployedSince().isAfter(day)) {
			return Optional.empty();
		}
		long months = ChronoUnit.MONTHS.between(facts.unemployedSince(), day);
		return (months >= rule.threshold()) ? member(rule, "focusgroup.reason.UNEMPLOYED_MONTHS_AT_LEAST",
				facts.unemployedSince(), months, rule.threshold()) : Optional.empty();
	}

	private static Optional<FocusGroupMembership> sgbXii(FocusGroupRule rule, PersonFacts facts) {
		Integer chapter = facts.sgbXiiChapter();
		return (chapter != null && (chapter == 3 || chapter == 4))
				? member(rule, "focusgroup.reason.SGB_XII_CHAPTER_" + chapter) : Optional.empty();
	}

	private static Optional<FocusGroupMembership> member(FocusGroupRule rule, String reasonKey, Object... arguments) {
		return Optional.of(new FocusGroupMembership(rule.focusGroup(), rule.id(), reasonKey, List.of(arguments)));
	}

}
