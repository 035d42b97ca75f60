package de.weitblick.focusgroup;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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
	 * The days on which a rule starts or ends to apply, ascending: between two of them
	 * the rules that apply stay the same, whoever is classified.
	 */
	private final LocalDate[] ruleDays;

	/**
	 * The rules applied per stretch between two rule days (index 0 before the first,
	 * index i from {@code ruleDays[i - 1]} on) and per group, in the groups' order and
	 * each group's rules in theirs: worked out once, not filtered again for every person
	 * and day, which an import of many thousand people would otherwise do millions of
	 * times.
	 */
	private final FocusGroupRule[][][] appliedRules;

	/** The thresholds of the age rules, whose birthdays end or start a period. */
	private final int[] ageThresholds;

	/** The thresholds of the unemployment rules, whose anniversaries do the same. */
	private final int[] unemploymentThresholds;

	/**
	 * @param focusGroups the groups with all their dated rules, must not be null
	 * @param migrationDefinition the definition in force, must not be null
	 */
	public FocusGroupClassifier(List<FocusGroup> focusGroups, MigrationDefinition migrationDefinition) {
		this.focusGroups = List.copyOf(focusGroups);
		this.migrationDefinition = migrationDefinition;
		java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
		java.util.TreeSet<Integer> ages = new java.util.TreeSet<>();
		java.util.TreeSet<Integer> months = new java.util.TreeSet<>();
		for (FocusGroup group : this.focusGroups) {
			for (FocusGroupRule rule : group.rules()) {
				days.add(rule.validity().start());
				if (rule.validity().end() != null) {
					days.add(rule.validity().end().plusDays(1));
				}
				if ("AGE_BELOW".equals(rule.criterion())) {
					ages.add(rule.threshold());
				}
				if ("UNEMPLOYED_MONTHS_AT_LEAST".equals(rule.criterion())) {
					months.add(rule.threshold());
				}
			}
		}
		this.ruleDays = days.toArray(LocalDate[]::new);
		this.ageThresholds = ages.stream().mapToInt(Integer::intValue).toArray();
		this.unemploymentThresholds = months.stream().mapToInt(Integer::intValue).toArray();
		this.appliedRules = new FocusGroupRule[this.ruleDays.length + 1][][];
		// Before the first rule day no rule is in force.
		this.appliedRules[0] = new FocusGroupRule[this.focusGroups.size()][0];
		for (int stretch = 1; stretch <= this.ruleDays.length; stretch++) {
			LocalDate day = this.ruleDays[stretch - 1];
			FocusGroupRule[][] perGroup = new FocusGroupRule[this.focusGroups.size()][];
			for (int g = 0; g < perGroup.length; g++) {
				perGroup[g] = this.focusGroups.get(g)
					.rulesValidOn(day)
					.stream()
					.filter(rule -> rule.isAppliedOn(day, migrationDefinition))
					.toArray(FocusGroupRule[]::new);
			}
			this.appliedRules[stretch] = perGroup;
		}
	}

	/**
	 * The rules applied on a day, per group.
	 */
	private FocusGroupRule[][] rulesAppliedOn(LocalDate day) {
		int found = java.util.Arrays.binarySearch(this.ruleDays, day);
		// On a rule day its own stretch; between two, the one of the rule day before.
		return this.appliedRules[(found >= 0) ? found + 1 : -(found + 1)];
	}

	/**
	 * @param facts must not be null
	 * @param day must not be null
	 * @return the memberships in the focus groups' order, each with its reason; never
	 * null
	 */
	public List<FocusGroupMembership> classify(PersonFacts facts, LocalDate day) {
		List<FocusGroupMembership> memberships = new ArrayList<>();
		for (FocusGroupRule[] rules : rulesAppliedOn(day)) {
			for (FocusGroupRule rule : rules) {
				if (holds(rule, facts, day)) {
					memberships.add(membership(rule, facts, day));
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
		for (LocalDate day : this.ruleDays) {
			if (!day.isBefore(from)) {
				boundaries.add(day);
			}
		}
		if (facts.birthDate() != null) {
			for (int threshold : this.ageThresholds) {
				boundaries.add(facts.birthDate().plusYears(threshold));
			}
		}
		if (facts.unemployedSince() != null) {
			for (int threshold : this.unemploymentThresholds) {
				boundaries.add(facts.unemployedSince().plusMonths(threshold));
			}
		}
		java.util.NavigableSet<LocalDate> days = boundaries.tailSet(from, true);
		java.util.Map<FocusGroupCode, LocalDate> openSince = new java.util.EnumMap<>(FocusGroupCode.class);
		List<MembershipPeriod> periods = new ArrayList<>();
		for (LocalDate day : days) {
			// Only whether, not why: no reasons are put together for the periods.
			java.util.Set<FocusGroupCode> members = java.util.EnumSet.noneOf(FocusGroupCode.class);
			for (FocusGroupRule[] rules : rulesAppliedOn(day)) {
				for (FocusGroupRule rule : rules) {
					if (holds(rule, facts, day)) {
						members.add(rule.focusGroup());
						break;
					}
				}
			}
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

	/**
	 * Whether the person meets the rule on the day.
	 */
	private static boolean holds(FocusGroupRule rule, PersonFacts facts, LocalDate day) {
		return switch (rule.criterion()) {
			case "AGE_BELOW" -> facts.birthDate() != null && !facts.birthDate().isAfter(day)
					&& Period.between(facts.birthDate(), day).getYears() < rule.threshold();
			case "MIGRATION_BACKGROUND" -> Boolean.FALSE.equals(facts.bornWithGermanCitizenship())
					|| Boolean.TRUE.equals(facts.parentBornWithoutGermanCitizenship());
			case "IMMIGRATION_HISTORY" ->
				(facts.immigrationYear() != null && facts.immigrationYear() >= rule.threshold())
						|| Boolean.TRUE.equals(facts.bothParentsImmigrated());
			case "FEMALE_SINGLE_PARENT_FLAG" -> facts.female();
			case "UNEMPLOYED_MONTHS_AT_LEAST" ->
				facts.unemployedSince() != null && !facts.unemployedSince().isAfter(day)
						&& ChronoUnit.MONTHS.between(facts.unemployedSince(), day) >= rule.threshold();
			case "SGB_XII_CHAPTER_3_OR_4" ->
				facts.sgbXiiChapter() != null && (facts.sgbXiiChapter() == 3 || facts.sgbXiiChapter() == 4);
			default ->
				throw new IllegalStateException("No implementation for focus-group criterion " + rule.criterion());
		};
	}

	/**
	 * The membership by a rule the person meets on the day, with its reason.
	 */
	private static FocusGroupMembership membership(FocusGroupRule rule, PersonFacts facts, LocalDate day) {
		return switch (rule.criterion()) {
			case "AGE_BELOW" -> member(rule, "focusgroup.reason.AGE_BELOW",
					Period.between(facts.birthDate(), day).getYears(), facts.birthDate(), rule.threshold());
			case "MIGRATION_BACKGROUND" -> Boolean.FALSE.equals(facts.bornWithGermanCitizenship())
					? member(rule, "focusgroup.reason.MIGRATION_BACKGROUND.self")
					: member(rule, "focusgroup.reason.MIGRATION_BACKGROUND.parent");
			case "IMMIGRATION_HISTORY" ->
				(facts.immigrationYear() != null && facts.immigrationYear() >= rule.threshold())
						? member(rule, "focusgroup.reason.IMMIGRATION_HISTORY.self", facts.immigrationYear())
						: member(rule, "focusgroup.reason.IMMIGRATION_HISTORY.parents", rule.threshold());
			case "FEMALE_SINGLE_PARENT_FLAG" -> member(rule,
					facts.singleParent() ? "focusgroup.reason.FEMALE.single-parent" : "focusgroup.reason.FEMALE");
			case "UNEMPLOYED_MONTHS_AT_LEAST" -> member(rule, "focusgroup.reason.UNEMPLOYED_MONTHS_AT_LEAST",
					facts.unemployedSince(), ChronoUnit.MONTHS.between(facts.unemployedSince(), day), rule.threshold());
			case "SGB_XII_CHAPTER_3_OR_4" -> member(rule, "focusgroup.reason.SGB_XII_CHAPTER_" + facts.sgbXiiChapter());
			default ->
				throw new IllegalStateException("No implementation for focus-group criterion " + rule.criterion());
		};
	}

	private static FocusGroupMembership member(FocusGroupRule rule, String reasonKey, Object... arguments) {
		return new FocusGroupMembership(rule.focusGroup(), rule.id(), reasonKey, List.of(arguments));
	}

}
