package de.weitblick.reporting;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.funding.FundingProgrammeId;
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
 * The reporting module started with only its direct dependencies ({@code organisation},
 * {@code funding}, {@code project}, {@code participant}, {@code privacy}) and
 * {@code focusgroup}, which {@code participant} needs for real (see
 * {@code ProjectModuleTests}); the {@code strategy} bean {@code project} uses stands in
 * as a mock.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "focusgroup")
@MockitoBean(types = StrategyManagement.class)
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class ReportingModuleTests {

	private final FunderReports reports;

	ReportingModuleTests(FunderReports reports) {
		this.reports = reports;
	}

	@Test
	void onlyTheHeadOfDepartmentAsksForReportsAndNobodySeesAnothersRuns() {
		StaffMember counsellor = new StaffMember(UUID.randomUUID(), "modultest-fachkraft", "Modultest", Role.COUNSELLOR,
				null);
		StaffMember head = new StaffMember(UUID.randomUUID(), "modultest-controlling", "Modultest", Role.CONTROLLING,
				null);
		FundingProgrammeId programme = new FundingProgrammeId(UUID.randomUUID());
		LocalDate today = LocalDate.now();

		assertThatThrownBy(() -> this.reports.start(programme, null, today.minusYears(1), today, counsellor))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("reporting.rule.may-not-report"));
		assertThatThrownBy(() -> this.reports.start(programme, null, today.minusYears(1), today, head))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("reporting.rule.programme-missing"));
		assertThat(this.reports.runs(head)).isEmpty();
	}

}
