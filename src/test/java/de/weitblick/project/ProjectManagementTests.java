package de.weitblick.project;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.project.places.PlacesPlanning;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projects of the reference case come out of PostgreSQL through the module's facade.
 */
@WeitblickIntegrationTest
class ProjectManagementTests {

	private static final ProjectId IN_MIGRA = new ProjectId(UUID.fromString("019a0000-0000-7000-8000-000000005002"));

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Test
	void theReferenceCaseHasTheProjectsOfThePressRelease() {
		assertThat(this.projects.projects()).extracting(ProjectSummary::shortName)
			.contains("Handwerk live", "InMigra", "Fachkräfte-Offensive", "Sozialwirtschaft integriert", "AGH Kutsche");
	}

	@Test
	void inMigraHadTwentyFivePlacesAndThirtyFiveFromTheSchoolYear2022() {
		Project inMigra = this.projects.project(IN_MIGRA).orElseThrow();
		assertThat(placesOn(LocalDate.of(2022, 7, 31))).isEqualTo(25);
		assertThat(placesOn(LocalDate.of(2022, 8, 1))).isEqualTo(35);
		assertThat(inMigra.targetFocusGroups()).containsExactly(FocusGroupCode.YOUNG_PEOPLE,
				FocusGroupCode.MIGRATION_HISTORY);
		assertThat(inMigra.partnerships()).extracting(ProjectPartnership::role).contains(PartnerRole.FUNDER);
	}

	@Test
	void inMigrasRaiseFromTwentyFiveToThirtyFiveIsFortyPercentWithItsReason() {
		PlacePeriod schoolYear2022 = this.projects.places(IN_MIGRA)
			.stream()
			.filter(period -> period.label().equals("2022/23"))
			.findFirst()
			.orElseThrow();
		assertThat(this.placesPlanning.capacityChanges(IN_MIGRA)).singleElement().satisfies(change -> {
			assertThat(change.placePeriodId()).isEqualTo(schoolYear2022.id());
			assertThat(change.placesBefore()).isEqualTo(25);
			assertThat(change.placesAfter()).isEqualTo(35);
			assertThat(change.changePercent()).isEqualTo(40);
			assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2022, 8, 1));
			assertThat(change.reason()).contains("40 %");
		});
	}

	private int placesOn(LocalDate day) {
		return this.projects.places(IN_MIGRA)
			.stream()
			.filter(period -> period.period().contains(day))
			.findFirst()
			.orElseThrow()
			.places();
	}

	@Test
	void aProjectThatDoesNotExistIsEmptyNotAnError() {
		assertThat(this.projects.project(new ProjectId(UUID.randomUUID()))).isEmpty();
	}

}
