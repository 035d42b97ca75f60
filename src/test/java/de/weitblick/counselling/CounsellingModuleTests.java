package de.weitblick.counselling;

import java.time.LocalDate;
import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counselling module started with the modules it depends on and theirs: its
 * dependencies {@code project} and {@code placement} need {@code funding},
 * {@code strategy} and {@code employer}, so the direct dependencies alone do not start.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
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
