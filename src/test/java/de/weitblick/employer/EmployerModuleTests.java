package de.weitblick.employer;

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
 * The employer module started alone with its declared dependencies ({@code shared} and
 * {@code organisation}).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class EmployerModuleTests {

	private final EmployerManagement employers;

	EmployerModuleTests(EmployerManagement employers) {
		this.employers = employers;
	}

	@Test
	void onlyTheEmployerServiceRegistersAndAnEmployerAccountWithoutItsEmployerSeesNone() {
		StaffMember service = new StaffMember(UUID.randomUUID(), "modultest-ags", "Modultest", Role.EMPLOYER_SERVICE,
				null);
		StaffMember counsellor = new StaffMember(UUID.randomUUID(), "modultest-fachkraft", "Modultest", Role.COUNSELLOR,
				null);
		StaffMember account = new StaffMember(UUID.randomUUID(), "modultest-betrieb", "Modultest", Role.EMPLOYER, null);

		assertThat(this.employers.mayRegister(service)).isTrue();
		assertThat(this.employers.mayRegister(counsellor)).isFalse();
		assertThat(this.employers.employerOf(account)).isEmpty();
		assertThat(this.employers.employers(null, account)).isEmpty();
		assertThat(this.employers.names(java.util.List.of(new EmployerId(UUID.randomUUID())))).isEmpty();
	}

}
