package de.weitblick.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.funding.FundingManagement;
import de.weitblick.participant.Catalogues;
import de.weitblick.participant.CustomerReferrals;
import de.weitblick.participant.EntryIndicators;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantFinder;
import de.weitblick.privacy.AuditTrail;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogue module started with only its direct dependencies ({@code organisation},
 * {@code project}, {@code strategy}; an approved idea becomes a project through the
 * {@code project} module); the beans {@code project} uses from {@code funding},
 * {@code participant} and {@code privacy} stand in as mocks.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@MockitoBean(types = { FundingManagement.class, Catalogues.class, ParticipantFinder.class, ParticipantDirectory.class,
		EntryIndicators.class, CustomerReferrals.class, AuditTrail.class })
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class DialogueModuleTests {

	private final DialogueManagement dialogue;

	private final DialogueEditionRepository repository;

	DialogueModuleTests(DialogueManagement dialogue, DialogueEditionRepository repository) {
		this.dialogue = dialogue;
		this.repository = repository;
	}

	@Test
	void theNewestEditionComesFirst() {
		this.repository.save(new DialogueEdition(UUID.randomUUID(), null, 9001, "Modultest eins",
				LocalDate.of(2031, 3, 1), DialogueFormat.values()[0], null, null));
		this.repository.save(new DialogueEdition(UUID.randomUUID(), null, 9002, "Modultest zwei",
				LocalDate.of(2032, 3, 1), DialogueFormat.values()[0], null, null));

		List<Integer> numbers = this.dialogue.editions().stream().map(DialogueEdition::number).toList();
		assertThat(numbers).startsWith(9002, 9001);
		assertThat(numbers).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
	}

}
