package de.weitblick.matching;

import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.funding.FundingManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.shared.RuleViolation;
import de.weitblick.strategy.StrategyManagement;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The matching module started with only its direct dependencies ({@code organisation},
 * {@code privacy}, {@code participant}, {@code project}, {@code employer},
 * {@code placement}) and {@code focusgroup}, which {@code participant} needs for real
 * (see {@code ProjectModuleTests}); the beans {@code project} uses from {@code funding}
 * and {@code strategy} stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "focusgroup")
@MockitoBean(types = { FundingManagement.class, StrategyManagement.class })
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
