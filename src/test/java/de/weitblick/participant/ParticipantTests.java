package de.weitblick.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stored case file is always plausible: the aggregate refuses what cannot be true.
 */
class ParticipantTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void aPlausiblePersonIsRegisteredAsActive() {
		Participant participant = register(details(LocalDate.of(2003, 5, 17), null, false), List.of());
		assertThat(participant.status()).isEqualTo(ParticipantStatus.ACTIVE);
		assertThat(participant.registeredOn()).isEqualTo(TODAY);
	}

	@Test
	void aBirthDateInTheFutureIsRefusedAtTheField() {
		assertThatThrownBy(() -> register(details(TODAY.plusDays(1), null, false), List.of()))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> {
				assertThat(violation.field()).isEqualTo("birthDate");
				assertThat(violation.messageKey()).isEqualTo("participant.rule.birth-date-in-future");
			});
	}

	@Test
	void aBirthDateMoreThan120YearsAgoIsATypingError() {
		assertThatThrownBy(() -> register(details(LocalDate.of(1900, 1, 1), null, false), List.of()))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("birth-date-too-early");
	}

	@Test
	void nobodyIsUnemployedBeforeTheirFourteenthBirthday() {
		assertThatThrownBy(
				() -> register(details(LocalDate.of(2000, 1, 1), LocalDate.of(2013, 12, 31), false), List.of()))
			.hasMessageContaining("unemployed-since-before-working-age");
	}

	@Test
	void aSingleParentNeedsAMinorChildInTheHousehold() {
		assertThatThrownBy(
				() -> register(details(LocalDate.of(1980, 1, 1), null, true), List.of(new ChildInHousehold(2000))))
			.hasMessageContaining("single-parent-needs-minor-child");
		assertThat(register(details(LocalDate.of(1980, 1, 1), null, true), List.of(new ChildInHousehold(2015))))
			.isNotNull();
	}

	@Test
	void theSearchNameFoldsUmlautsAccentsAndCase() {
		assertThat(Participant.normalise("Müller-Lüdenscheidt, Ségolène")).isEqualTo("mueller luedenscheidt segolene");
		assertThat(Participant.normalise("Yılmaz")).isEqualTo("yılmaz");
		assertThat(Participant.normalise("GROSS  Straße")).isEqualTo("gross strasse");
		assertThat(Participant.normalise("  O'Brien-Smith,\tMary 2nd. ")).isEqualTo("o brien smith mary 2nd");
		assertThat(Participant.normalise("-- !")).isEmpty();
	}

	static PersonalDetails details(LocalDate birthDate, LocalDate unemployedSince, boolean singleParent) {
		return new PersonalDetails("Muster", "Erika", birthDate, Gender.FEMALE, null, null, "Kassel", null, null, null,
				true, "DE", null, singleParent, BenefitBasis.SGB_II, unemployedSince, ReferralSource.JOBCENTER);
	}

	private static Participant register(PersonalDetails details, List<ChildInHousehold> children) {
		return Participant.register(UUID.randomUUID(),
				new ParticipantRecord(details, ParentsOrigin.UNKNOWN, Set.of(), Set.of(), children), UUID.randomUUID(),
				UUID.randomUUID(), TODAY, Instant.parse("2026-11-25T10:00:00Z"));
	}

}
