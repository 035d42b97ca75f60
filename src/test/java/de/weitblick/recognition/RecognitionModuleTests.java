package de.weitblick.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.ModuleTestConfiguration;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The recognition module started with only its direct dependencies ({@code organisation},
 * {@code privacy}, {@code participant}, {@code employer}) and {@code focusgroup}, which
 * {@code participant} needs for real (see {@code ProjectModuleTests}), without the web
 * layer's infrastructure; the teams, their counsellors and the person are written by the
 * test, so it needs no demo data.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "focusgroup")
@Import(ModuleTestConfiguration.class)
@ActiveProfiles("test")
@Transactional
class RecognitionModuleTests {

	private final RecognitionManagement recognitions;

	private final JdbcClient jdbc;

	private final ParticipantManagement participants;

	RecognitionModuleTests(RecognitionManagement recognitions, JdbcClient jdbc, ParticipantManagement participants) {
		this.recognitions = recognitions;
		this.participants = participants;
		this.jdbc = jdbc;
	}

	@Test
	void aCounsellorOpensACaseForAPersonOfTheTeamAndAnotherTeamSeesNothingOfIt() {
		UUID unit = unit("Modultest Team A");
		UUID otherUnit = unit("Modultest Team B");
		StaffMember counsellor = counsellor(unit);
		StaffMember other = counsellor(otherUnit);
		PersonalDetails details = new PersonalDetails("Modultest " + UUID.randomUUID(), "Test",
				LocalDate.of(1988, 3, 1), Gender.FEMALE, null, null, "Kassel", "14", null, null, true, "UA", null,
				false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER);
		UUID person = this.participants
			.register(new ParticipantRecord(details, null, Set.of(), Set.of(), List.of()), null, false, counsellor)
			.id();
		RecognitionDraft draft = new RecognitionDraft(person, "Diplom", "Ukraine", "Erzieher/in", "Lehrkräfteakademie",
				LocalDate.now(), List.of("Frühpädagogik"));

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.recognitions.open(draft, other));
		RecognitionCaseId id = this.recognitions.open(draft, counsellor);

		assertThat(this.recognitions.cases(counsellor)).extracting(RecognitionSummary::id).containsExactly(id.id());
		assertThat(this.recognitions.cases(other)).isEmpty();
		assertThat(this.recognitions.recognitionCase(id, other)).isEmpty();
	}

	private StaffMember counsellor(UUID unit) {
		UUID id = UUID.randomUUID();
		String username = "modultest-" + id.toString().substring(0, 8);
		this.jdbc.sql("""
				INSERT INTO staff_account (id, version, username, display_name, role, organisational_unit_id)
				VALUES (:id, 0, :username, 'Modultest', 'COUNSELLOR', :unit)
				""").param("id", id).param("username", username).param("unit", unit).update();
		return new StaffMember(id, username, "Modultest", Role.COUNSELLOR, unit);
	}

	private UUID unit(String name) {
		UUID unit = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO organisational_unit (id, version, code, name) VALUES (:id, 0, :code, :name)")
			.param("id", unit)
			.param("code", "MT-" + unit.toString().substring(0, 8))
			.param("name", name)
			.update();
		return unit;
	}

}
