package de.weitblick.project;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.focusgroup.FocusGroupCode;
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

	@Test
	void theReferenceCaseHasTheProjectsOfThePressRelease() {
		assertThat(this.projects.projects()).extracting(ProjectSummary::shortName)
			.contains("Handwerk live", "InMigra", "Fachkräfte-Offensive", "Sozialwirtschaft integriert", "AGH Kutsche");
	}

	@Test
	void inMigraHadTwentyFivePlacesAndThirtyFiveFromTheSchoolYear2022() {
		Project inMigra = this.projects.project(IN_MIGRA).orElseThrow();
		assertThat(inMigra.placesOn(LocalDate.of(2022, 7, 31)))
			.hasValueSatisfying(places -> assertThat(places.places()).isEqualTo(25));
		assertThat(inMigra.placesOn(LocalDate.of(2022, 8, 1)))
			.hasValueSatisfying(places -> assertThat(places.places()).isEqualTo(35));
		assertThat(inMigra.targetFocusGroups()).containsExactly(FocusGroupCode.YOUNG_PEOPLE,
				FocusGroupCode.MIGRATION_HISTORY);
		assertThat(inMigra.partnerships()).extracting(ProjectPartnership::role).contains(PartnerRole.FUNDER);
	}

	@Test
	void aProjectThatDoesNotExistIsEmptyNotAnError() {
		assertThat(this.projects.project(new ProjectId(UUID.randomUUID()))).isEmpty();
	}

}
