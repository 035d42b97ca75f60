package de.weitblick.funding;

import java.util.List;
import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funding module started alone with its declared dependencies (only {@code shared}).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class FundingModuleTests {

	private final FundingManagement funding;

	private final FundingProgrammeRepository repository;

	FundingModuleTests(FundingManagement funding, FundingProgrammeRepository repository) {
		this.funding = funding;
		this.repository = repository;
	}

	@Test
	void programmesAreListedByNameAndFoundByTheIdentifierOtherModulesKeep() {
		FundingProgramme zeta = this.repository.save(new FundingProgramme(UUID.randomUUID(), null, "MT-ZETA",
				"Zz Modultest Zeta", "Stadt", FundingKind.values()[0], null));
		FundingProgramme alpha = this.repository.save(new FundingProgramme(UUID.randomUUID(), null, "MT-ALPHA",
				"Zz Modultest Alpha", "Land", FundingKind.values()[0], null));

		List<String> names = this.funding.programmes().stream().map(FundingProgramme::name).toList();
		assertThat(names).containsSubsequence("Zz Modultest Alpha", "Zz Modultest Zeta");
		assertThat(this.funding.programmes(List.of(zeta.programmeId(), alpha.programmeId())))
			.containsOnlyKeys(zeta.programmeId(), alpha.programmeId());
		assertThat(this.funding.programme(alpha.programmeId())).map(FundingProgramme::funder).contains("Land");
	}

}
