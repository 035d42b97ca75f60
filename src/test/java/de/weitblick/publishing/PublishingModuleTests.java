package de.weitblick.publishing;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The publishing module started with its declared dependencies ({@code shared} and
 * {@code organisation}); the legal pages come from its migration.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class PublishingModuleTests {

	private final PublishingManagement publishing;

	PublishingModuleTests(PublishingManagement publishing) {
		this.publishing = publishing;
	}

	@Test
	void aChangedLegalPageKeepsItsVersionBeforeAndRefusesAStaleOrEmptyChange() {
		LegalPage before = this.publishing.page(LegalPageKind.IMPRINT);

		LegalPage after = this.publishing.change(LegalPageKind.IMPRINT, before.version(), "Impressum neu",
				"Legal notice new", "modultest");

		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.changedBy()).isEqualTo("modultest");
		assertThat(this.publishing.history(LegalPageKind.IMPRINT)).first()
			.satisfies(latest -> assertThat(latest.textGerman()).isEqualTo("Impressum neu"));
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.publishing
			.change(LegalPageKind.IMPRINT, before.version(), "Noch einmal", "Once more", "modultest"));
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(
				() -> this.publishing.change(LegalPageKind.IMPRINT, after.version(), " ", "Legal notice", "modultest"));
	}

}
