package de.weitblick.placement;

import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.employer.EmployerId;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The placement module started with only its direct dependencies ({@code organisation},
 * {@code privacy}, {@code participant}, {@code employer}) and {@code focusgroup}, which
 * {@code participant} needs for real (see {@code ProjectModuleTests}).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "focusgroup")
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class PlacementModuleTests {

	private final EngagementRecords engagementRecords;

	PlacementModuleTests(EngagementRecords engagementRecords) {
		this.engagementRecords = engagementRecords;
	}

	@Test
	void anEmployerThatIsNotOnRecordHasNoEngagementRecord() {
		StaffMember service = new StaffMember(UUID.randomUUID(), "modultest-ags", "Modultest", Role.EMPLOYER_SERVICE,
				null);

		assertThat(this.engagementRecords.engagementPage(new EmployerId(UUID.randomUUID()), 2024, 2025, service))
			.isEmpty();
	}

}
