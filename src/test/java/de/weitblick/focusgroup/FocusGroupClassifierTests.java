package de.weitblick.focusgroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import de.weitblick.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focus-group rules decide on the right day, for the right reason, and the stored
 * periods agree with the rules on every day.
 */
class FocusGroupClassifierTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	/**
	 * The rules of the reference data, plus a past age limit to prove dated rules are
	 * honoured.
	 */
	static final List<FocusGroup> RULES = List.of(
			new FocusGroup(FocusGroupCode.YOUNG_PEOPLE,
					List.of(rule(FocusGroupCode.YOUNG_PEOPLE, "2000-01-01", "2004-12-31", "AGE_BELOW", 27),
							rule(FocusGroupCode.YOUNG_PEOPLE, "2005-01-01", null, "AGE_BELOW", 25))),
			new FocusGroup(FocusGroupCode.MIGRATION_HISTORY,
					List.of(rule(FocusGroupCode.MIGRATION_HISTORY, "2005-01-01", null, "MIGRATION_BACKGROUND", null),
							rule(FocusGroupCode.MIGRATION_HISTORY, "2023-01-01", null, "IMMIGRATION_HISTORY", 1950))),
			new FocusGroup(FocusGroupCode.WOMEN,
					List.of(rule(FocusGroupCode.WOMEN, "2005-01-01", null, "FEMALE_SINGLE_PARENT_FLAG", null))),
			new FocusGroup(FocusGroupCode.LONG_TERM_UNEMPLOYED,
					List.of(rule(FocusGroupCode.LONG_TERM_UNEMPLOYED, "1998-01-01", null, "UNEMPLOYED_MONTHS_AT_LEAST",
							12))),
			new FocusGroup(FocusGroupCode.SGB_XII,
					List.of(rule(FocusGroupCode.SGB_XII, "2005-01-01", null, "SGB_XII_CHAPTER_3_OR_4", null))));

	private final FocusGroupClassifier classifier = new FocusGroupClassifier(RULES,
			MigrationDefinition.MIGRATION_BACKGROUND);

	@Test
	void aPersonIsYoungUntilTheDayBeforeTheTwentyFifthBirthday() {
		PersonFacts facts = facts(LocalDate.of(2001, 11, 26), null);
		assertThat(groups(facts, TODAY)).contains(FocusGroupCode.YOUNG_PEOPLE);
		assertThat(groups(facts, TODAY.plusDays(1))).doesNotContain(FocusGroupCode.YOUNG_PEOPLE);
	}

	@Test
	void theReasonNamesAgeBirthDateAndLimit() {
		FocusGroupMembership young = this.classifier.classify(facts(LocalDate.of(2003, 5, 17), null), TODAY).get(0);
		assertThat(young.reasonKey()).isEqualTo("focusgroup.reason.AGE_BELOW");
		assertThat(young.displayArguments()).containsExactly(23, LocalDate.of(2003, 5, 17), 25);
	}

	@Test
	void unemploymentBecomesLongTermAfterTwelveMonthsWithoutAnyoneEditingTheRecord() {
		PersonFacts facts = facts(LocalDate.of(1980, 1, 1), LocalDate.of(2025, 11, 26));
		assertThat(groups(facts, TODAY)).doesNotContain(FocusGroupCode.LONG_TERM_UNEMPLOYED);
		assertThat(groups(facts, TODAY.plusDays(1))).contains(FocusGroupCode.LONG_TERM_UNEMPLOYED);
	}

	@Test
	void theLongTermReasonReadsLikeACounsellorWouldSayIt() {
		FocusGroupMembership membership = this.classifier
			.classify(facts(LocalDate.of(1980, 1, 1), LocalDate.of(2021, 1, 3)), LocalDate.of(2022, 8, 3))
			.stream()
			.filter(m -> m.focusGroup() == FocusGroupCode.LONG_TERM_UNEMPLOYED)
			.findFirst()
			.orElseThrow();
		assertThat(membership.displayArguments()).containsExactly(LocalDate.of(2021, 1, 3), 19L, 12);
	}

	@Test
	void theMigrationDefinitionInForceDecides() {
		PersonFacts immigratedWithGermanCitizenship = new PersonFacts(LocalDate.of(1990, 1, 1), false, false, true,
				null, 1995, null, null, null);
		assertThat(groups(immigratedWithGermanCitizenship, TODAY)).doesNotContain(FocusGroupCode.MIGRATION_HISTORY);
		FocusGroupClassifier byImmigration = new FocusGroupClassifier(RULES, MigrationDefinition.IMMIGRATION_HISTORY);
		assertThat(byImmigration.classify(immigratedWithGermanCitizenship, TODAY))
			.extracting(FocusGroupMembership::focusGroup)
			.contains(FocusGroupCode.MIGRATION_HISTORY);
	}

	@Test
	void theParentsCountOnlyWhenTheirDataWasGiven() {
		PersonFacts parentBornAbroad = new PersonFacts(LocalDate.of(1990, 1, 1), false, false, true, true, null, null,
				null, null);
		assertThat(this.classifier.classify(parentBornAbroad, TODAY)).singleElement()
			.extracting(FocusGroupMembership::reasonKey)
			.isEqualTo("focusgroup.reason.MIGRATION_BACKGROUND.parent");
		PersonFacts unknownParents = new PersonFacts(LocalDate.of(1990, 1, 1), false, false, true, null, null, null,
				null, null);
		assertThat(groups(unknownParents, TODAY)).isEmpty();
	}

	@Test
	void onePersonMayBeInSeveralGroups() {
		PersonFacts facts = new PersonFacts(LocalDate.of(2003, 5, 17), true, true, false, null, 2015, null, 3,
				LocalDate.of(2024, 9, 1));
		assertThat(groups(facts, TODAY)).containsExactly(FocusGroupCode.YOUNG_PEOPLE, FocusGroupCode.MIGRATION_HISTORY,
				FocusGroupCode.WOMEN, FocusGroupCode.LONG_TERM_UNEMPLOYED, FocusGroupCode.SGB_XII);
	}

	@Test
	void aRuleThatNoLongerHoldsIsNotApplied() {
		PersonFacts twentySix = facts(LocalDate.of(1977, 6, 1), null);
		assertThat(groups(twentySix, LocalDate.of(2003, 6, 1))).contains(FocusGroupCode.YOUNG_PEOPLE);
		assertThat(groups(twentySix, LocalDate.of(2005, 1, 1))).doesNotContain(FocusGroupCode.YOUNG_PEOPLE);
	}

	@Test
	void aRuleDecidesUntilItsLastDayAndItsSuccessorFromTheNextOn() {
		PersonFacts twentySixAtTheChange = facts(LocalDate.of(1978, 6, 1), null);
		assertThat(groups(twentySixAtTheChange, LocalDate.of(1999, 12, 31))).as("before any age rule").isEmpty();
		assertThat(this.classifier.classify(twentySixAtTheChange, LocalDate.of(2004, 12, 31))).singleElement()
			.satisfies(membership -> assertThat(membership.ruleId()).isEqualTo(RULES.get(0).rules().get(0).id()));
		assertThat(groups(twentySixAtTheChange, LocalDate.of(2005, 1, 1))).as("the limit of 25 from 2005 on").isEmpty();
	}

	static Stream<Long> seeds() {
		return LongStream.rangeClosed(1, 200).boxed();
	}

	/**
	 * The stored periods are an optimisation of the rules; on any day they must say
	 * exactly what the rules say. The oracle is the classifier itself, asked day by day.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theStoredPeriodsAgreeWithTheRulesOnEveryDay(long seed) {
		Random random = new Random(seed);
		LocalDate birthDate = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(60 * 365));
		LocalDate unemployedSince = random.nextBoolean() ? birthDate.plusYears(15).plusDays(random.nextInt(20 * 365))
				: null;
		PersonFacts facts = new PersonFacts(birthDate, random.nextBoolean(), random.nextBoolean(), maybe(random),
				maybe(random), random.nextBoolean() ? birthDate.getYear() + random.nextInt(10) : null, maybe(random),
				random.nextInt(4) == 0 ? 3 + random.nextInt(2) : null, unemployedSince);
		FocusGroupClassifier classifier = new FocusGroupClassifier(RULES, random.nextBoolean()
				? MigrationDefinition.MIGRATION_BACKGROUND : MigrationDefinition.IMMIGRATION_HISTORY);
		List<MembershipPeriod> periods = classifier.membershipPeriods(facts, birthDate);
		IntStream.range(0, 60).mapToObj(i -> birthDate.plusDays(random.nextInt(80 * 365))).forEach(day -> {
			Set<FocusGroupCode> byRules = classifier.classify(facts, day)
				.stream()
				.map(FocusGroupMembership::focusGroup)
				.collect(Collectors.toSet());
			Set<FocusGroupCode> byPeriods = periods.stream()
				.filter(period -> period.contains(day))
				.map(MembershipPeriod::focusGroup)
				.collect(Collectors.toSet());
			assertThat(byPeriods).as("on %s", day).isEqualTo(byRules);
		});
	}

	private static Boolean maybe(Random random) {
		return switch (random.nextInt(3)) {
			case 0 -> null;
			case 1 -> true;
			default -> false;
		};
	}

	private List<FocusGroupCode> groups(PersonFacts facts, LocalDate day) {
		return this.classifier.classify(facts, day).stream().map(FocusGroupMembership::focusGroup).toList();
	}

	private static PersonFacts facts(LocalDate birthDate, LocalDate unemployedSince) {
		return new PersonFacts(birthDate, false, false, true, null, null, null, null, unemployedSince);
	}

	private static FocusGroupRule rule(FocusGroupCode code, String from, String to, String criterion,
			Integer threshold) {
		return new FocusGroupRule(UUID.randomUUID(), code,
				new Period(LocalDate.parse(from), (to != null) ? LocalDate.parse(to) : null), criterion, threshold,
				"test");
	}

}
