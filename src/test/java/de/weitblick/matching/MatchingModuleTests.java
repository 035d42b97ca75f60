package de.weitblick.matching;

import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The matching module started with the modules it depends on and theirs: its dependency
 * {@code project} needs {@code funding} and {@code strategy}, so the direct dependencies
 * alone do not start.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class MatchingModuleTests {

	private final MatchingRuns runs;

	MatchingModuleTests(MatchingRuns runs) {
		this.runs = runs;
	}

	@Test
	void aProjectLeadStartsNoMatchingRunAndSeesNone() {
		StaffMember lead = new StaffMember(UUID.randomUUID(), "modultest-projektleitung", "Modultest",
				Role.PROJECT_LEAD, null);

		assertThatThrownBy(() -> this.runs.start(lead)).isInstanceOf(RuleViolation.class);
		assertThat(this.runs.runs(lead)).isEmpty();
	}

}
