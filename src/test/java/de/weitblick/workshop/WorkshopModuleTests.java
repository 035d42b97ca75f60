package de.weitblick.workshop;

import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
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
 * The work opportunities module started with the modules it depends on and theirs: its
 * dependency {@code project} needs {@code funding}, {@code strategy} and
 * {@code focusgroup}, so the direct dependencies alone do not start.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
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
