package de.weitblick.counselling;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.OfferSeats;
import de.weitblick.employer.OfferedSeats;
import de.weitblick.funding.FundingManagement;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.strategy.StrategyManagement;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counselling module started with only its direct dependencies ({@code organisation},
 * {@code privacy}, {@code participant}, {@code project}, {@code placement}) and
 * {@code focusgroup}, which {@code participant} needs for real (see
 * {@code ProjectModuleTests}); the beans {@code project} and {@code placement} use from
 * {@code funding}, {@code strategy} and {@code employer} stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "focusgroup")
@MockitoBean(types = { FundingManagement.class, StrategyManagement.class, EmployerManagement.class,
		OfferManagement.class, OfferSeats.class, OfferedSeats.class })
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class CounsellingModuleTests {

	private final CounsellorDays days;

	CounsellingModuleTests(CounsellorDays days) {
		this.days = days;
	}

	@Test
	void aCounsellorWithoutCasesHasAQuietDay() {
		StaffMember counsellor = new StaffMember(UUID.randomUUID(), "modultest-fachkraft", "Modultest", Role.COUNSELLOR,
				UUID.randomUUID());

		CounsellorDay day = this.days.of(counsellor, LocalDate.of(2026, 12, 7));

		assertThat(day.isQuiet()).isTrue();
		assertThat(day.caseloadSize()).isZero();
		assertThat(day.lastDay()).isEqualTo(LocalDate.of(2026, 12, 13));
	}

	@Test
	void anInstructorHasNoDayOfCases() {
		StaffMember instructor = new StaffMember(UUID.randomUUID(), "modultest-anleitung", "Modultest", Role.INSTRUCTOR,
				null);

		assertThatThrownBy(() -> this.days.of(instructor, LocalDate.of(2026, 12, 7)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
