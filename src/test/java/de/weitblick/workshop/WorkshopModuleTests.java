package de.weitblick.workshop;

import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.funding.FundingManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.strategy.StrategyManagement;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work opportunities module started with only its direct dependencies
 * ({@code organisation}, {@code privacy}, {@code participant}, {@code project}) and
 * {@code focusgroup}, which {@code participant} needs for real (see
 * {@code ProjectModuleTests}); the beans {@code project} uses from {@code funding} and
 * {@code strategy} stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "focusgroup")
@MockitoBean(types = { FundingManagement.class, StrategyManagement.class })
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class WorkshopModuleTests {

	private final WorkshopManagement workshops;

	WorkshopModuleTests(WorkshopManagement workshops) {
		this.workshops = workshops;
	}

	@Test
	void aCounsellorMayNotSetUpWorkshopsAndAnUnknownWorkshopIsNotFound() {
		StaffMember counsellor = new StaffMember(UUID.randomUUID(), "modultest-fachkraft", "Modultest", Role.COUNSELLOR,
				null);

		assertThat(this.workshops.mayManage(counsellor)).isFalse();
		assertThat(this.workshops.workshop(new WorkshopId(UUID.randomUUID()))).isEmpty();
		assertThat(this.workshops.skills(false)).extracting(Skill::code).doesNotHaveDuplicates();
	}

}
