package de.weitblick.focusgroup;

import java.time.LocalDate;

import de.weitblick.WeitblickIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@WeitblickIntegrationTest
class FocusGroupManagementTests {

	@Autowired
	FocusGroupManagement focusGroups;

	@Test
	void theFiveFocusGroupsComeInTheirAgreedOrder() {
		assertThat(this.focusGroups.focusGroups()).extracting(FocusGroup::code)
			.containsExactly(FocusGroupCode.YOUNG_PEOPLE, FocusGroupCode.MIGRATION_HISTORY, FocusGroupCode.WOMEN,
					FocusGroupCode.LONG_TERM_UNEMPLOYED, FocusGroupCode.SGB_XII);
	}

	@Test
	void longTermUnemploymentStartsAtTwelveMonthsUnderSection18SgbIii() {
		FocusGroup group = this.focusGroups.focusGroup(FocusGroupCode.LONG_TERM_UNEMPLOYED).orElseThrow();
		assertThat(group.rulesValidOn(LocalDate.of(2026, 11, 25))).singleElement().satisfies(rule -> {
			assertThat(rule.threshold()).isEqualTo(12);
			assertThat(rule.legalBasis()).isEqualTo("§ 18 SGB III");
		});
	}

	@Test
	void bothDefinitionsOfAMigrationHistoryAreAvailable() {
		FocusGroup group = this.focusGroups.focusGroup(FocusGroupCode.MIGRATION_HISTORY).orElseThrow();
		assertThat(group.rulesValidOn(LocalDate.of(2026, 11, 25))).extracting(FocusGroupRule::criterion)
			.containsExactlyInAnyOrder("MIGRATION_BACKGROUND", "IMMIGRATION_HISTORY");
	}

	@Test
	void codesAreReadWithoutRegardToCase() {
		assertThat(FocusGroupManagement.parse("sgb_xii")).contains(FocusGroupCode.SGB_XII);
		assertThat(FocusGroupManagement.parse("unbekannt")).isEmpty();
		assertThat(FocusGroupManagement.parse(null)).isEmpty();
	}

}
