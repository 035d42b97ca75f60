package de.weitblick.dialogue.idea.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaSettings;
import de.weitblick.organisation.Role;
import de.weitblick.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks that keep machines out of the public forms, before anything is stored.
 */
class PublicParticipationTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	private final PublicParticipation participation = new PublicParticipation(null,
			new IdeaSettings(Duration.ofDays(30), 3, 10, 3, Duration.ofSeconds(3), Duration.ofHours(24),
					"http://localhost", "weitblick@localhost", Duration.ofDays(90)),
			Clock.fixed(NOW, ZoneOffset.UTC), null);

	private final Contributor citizen = Contributor.ofPublic("maria@example.org", "Maria");

	@Test
	void aFormWhoseHiddenFieldIsFilledIsRefused() {
		assertThatThrownBy(() -> this.participation.checkHuman(this.citizen, "http://spam.example",
				NOW.minusSeconds(60).toEpochMilli()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("dialogue.rule.spam");
	}

	@Test
	void aFormSentBackQuickerThanAPersonWritesIsRefused() {
		assertThatThrownBy(() -> this.participation.checkHuman(this.citizen, "", NOW.minusMillis(800).toEpochMilli()))
			.hasMessageContaining("dialogue.rule.too-quick");
		assertThatThrownBy(() -> this.participation.checkHuman(this.citizen, null, 0L + NOW.toEpochMilli() + 5000))
			.hasMessageContaining("dialogue.rule.too-quick");
	}

	@Test
	void aPersonWhoTookTheirTimeOrIsSignedInPasses() {
		assertThatCode(() -> this.participation.checkHuman(this.citizen, "", NOW.minusSeconds(20).toEpochMilli()))
			.doesNotThrowAnyException();
		Contributor staff = new Contributor(java.util.UUID.randomUUID(), null, "Moderation", Role.MODERATION);
		assertThatCode(() -> this.participation.checkHuman(staff, "", NOW.toEpochMilli())).doesNotThrowAnyException();
	}

}
