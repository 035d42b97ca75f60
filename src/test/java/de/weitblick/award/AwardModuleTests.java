package de.weitblick.award;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.participant.OwnTeamFinder;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.PublicProjectFigures;
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
 * The award module started with only its direct dependencies ({@code organisation},
 * {@code employer}, {@code placement}, {@code dialogue}); the beans of the modules those
 * use in turn ({@code participant}, {@code privacy}, {@code project}, {@code strategy})
 * stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@MockitoBean(types = { ParticipantFinder.class, OwnTeamFinder.class, ParticipantDirectory.class, AuditTrail.class,
		PublicProjectFigures.class, ProjectManagement.class, StrategyManagement.class })
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class AwardModuleTests {

	private final AwardPages pages;

	AwardModuleTests(AwardPages pages) {
		this.pages = pages;
	}

	@Test
	void theShowcaseListsTheNewestYearFirst() {
		List<Integer> years = this.pages.showcase().stream().map(ShowcaseYear::year).toList();
		assertThat(years).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
	}

	@Test
	void aJurorsScoresAreWeightedByTheCriteria() {
		UUID heavy = UUID.randomUUID();
		UUID light = UUID.randomUUID();
		assertThat(AwardPages.weighted(Map.of(heavy, 10, light, 0), Map.of(heavy, 3, light, 1))).isEqualTo(7.5);
		assertThat(AwardPages.weighted(Map.of(), Map.of(heavy, 3))).isZero();
	}

}
