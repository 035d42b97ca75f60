package de.weitblick.focusgroup;

import java.time.LocalDate;

import de.weitblick.ModuleTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focus-group module started alone with its declared dependency ({@code shared}).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
class FocusGroupModuleTests {

	private final FocusGroupManagement focusGroups;

	FocusGroupModuleTests(FocusGroupManagement focusGroups) {
		this.focusGroups = focusGroups;
	}

	@Test
	void aTwentyYearOldSingleMotherUnemployedForThreeYearsBelongsToTheYoungPeopleTheWomenAndTheLongTermUnemployed() {
		LocalDate today = LocalDate.of(2026, 6, 1);
		PersonFacts facts = new PersonFacts(today.minusYears(20), true, true, true, null, null, null, null,
				today.minusYears(3));

		assertThat(this.focusGroups.classifier().classify(facts, today)).extracting(FocusGroupMembership::focusGroup)
			.contains(FocusGroupCode.YOUNG_PEOPLE, FocusGroupCode.WOMEN, FocusGroupCode.LONG_TERM_UNEMPLOYED)
			.doesNotContain(FocusGroupCode.MIGRATION_HISTORY);
	}

	@Test
	void everyFocusGroupOfTheStrategyIsListed() {
		assertThat(this.focusGroups.focusGroups()).extracting(FocusGroup::code)
			.contains(FocusGroupCode.YOUNG_PEOPLE, FocusGroupCode.WOMEN);
	}

}
