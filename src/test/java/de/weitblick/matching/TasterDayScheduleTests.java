package de.weitblick.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.AuditedSubjects;
import de.weitblick.Eventually;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.employer.Chamber;
import de.weitblick.employer.EmployerContact;
import de.weitblick.employer.EmployerDetails;
import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.OfferDetails;
import de.weitblick.employer.OfferKind;
import de.weitblick.employer.SizeClass;
import de.weitblick.matching.engine.SolveStatus;
import de.weitblick.matching.engine.TasterDaySchedule;
import de.weitblick.matching.engine.TasterDayScheduler;
import de.weitblick.matching.taster.TasterDayStore;
import de.weitblick.matching.taster.TasterDayWorker;
import de.weitblick.matching.taster.TasterInputs;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.OccupationInterest;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.participant.WorkConstraints;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Taster-day schedules ("Handwerk live"): kept with the pupils, slots and rules they were
 * made from, so a schedule can be made again from what was kept; listed for the team; one
 * at a time per team; only for counsellors.
 */
@WeitblickIntegrationTest
class TasterDayScheduleTests {

	@Autowired
	TasterDays tasterDays;

	@Autowired
	TasterDayStore store;

	@Autowired
	EmployerManagement employers;

	@Autowired
	OfferManagement offers;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	StaffMember counsellor;

	@BeforeEach
	void staff() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		// Schedules of earlier tests must not hold the team.
		this.jdbc.sql("UPDATE matching_taster_schedule SET status = 'FAILED' WHERE status = 'RUNNING'").update();
	}

	@Test
	void aScheduleIsKeptWithItsInputsListedAndMadeAgainFromThemToTheSameInterest() {
		LocalDate today = LocalDate.now(this.clock);
		String trade = "Elektrotechnik";
		StaffMember service = this.organisation.staffMember("arbeitgeberservice").orElseThrow();
		EmployerId business = this.employers.register(new EmployerDetails("Elektro Schnupper " + UUID.randomUUID(),
				null, "43.21", SizeClass.SMALL, null, null, "Kassel", "Wesertor", false, Chamber.CRAFTS, true,
				List.of(new EmployerContact("Meisterin", null, null, null, null))), service);
		this.offers.addOffer(business, new OfferDetails(OfferKind.TASTER_SLOT, "Handwerk live: Strom",
				OccupationalField.OTHER, null, null, null, trade, today.plusDays(45), null, 2, null), service);
		String familyName = "Schnupper " + UUID.randomUUID();
		ParticipantId pupil = this.participants.register(
				new ParticipantRecord(
						new PersonalDetails(familyName, "Test", today.minusYears(16), Gender.FEMALE, null, null,
								"Kassel", "14", null, null, true, "DE", null, false, BenefitBasis.SGB_II, null,
								ReferralSource.JOBCENTER),
						null, Set.of(new LanguageSkill("de", LanguageLevel.B1)), Set.of(), List.of(), List.of(),
						Set.of(new OccupationInterest("263")), WorkConstraints.NONE),
				null, false, this.counsellor);

		UUID id = this.tasterDays.start(this.counsellor);
		TasterDayView schedule = Eventually.until("the taster-day schedule was made", Duration.ofSeconds(120),
				() -> this.tasterDays.schedule(id, this.counsellor).orElseThrow(),
				seen -> seen.status() != RunStatus.RUNNING);

		assertThat(schedule.failure()).isNull();
		assertThat(schedule.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(schedule.startedBy()).isEqualTo("fachkraft");
		assertThat(schedule.byPupil()).anySatisfy(row -> {
			assertThat(row.name()).startsWith(familyName);
			assertThat(row.slots()).isNotEmpty().hasSizeLessThanOrEqualTo(TasterDayWorker.RULES.slotsPerPupil());
		});
		assertThat(this.tasterDays.schedules(this.counsellor).getFirst().id()).isEqualTo(id);

		TasterInputs kept = this.store.load(id);
		assertThat(kept.rules()).isEqualTo(TasterDayWorker.RULES);
		assertThat(kept.pupils()).anySatisfy(input -> {
			assertThat(input.participantId()).isEqualTo(pupil.id());
			assertThat(input.district()).isEqualTo("14");
			assertThat(input.wantedTrades()).contains("elektrotechnik");
		});
		assertThat(kept.slots()).anySatisfy(slot -> assertThat(slot.trade()).isEqualTo(trade));
		assertThat(kept.pupils()).hasSize(schedule.pupils());
		assertThat(kept.slots()).hasSize(schedule.slots());
		if (schedule.optimal()) {
			TasterDaySchedule again = new TasterDayScheduler(Duration.ofSeconds(30), 2).schedule(kept.instance());
			assertThat(again.status()).isEqualTo(SolveStatus.OPTIMAL);
			assertThat(again.interest()).isEqualTo(schedule.interest());
		}
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE actor = 'fachkraft' AND :person = ANY(%s)
				""".formatted(AuditedSubjects.OF_AUDIT_EVENT))
			.param("person", pupil.id())
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void aSecondScheduleOfTheTeamIsRefusedWhileTheFirstIsBeingMade() {
		UUID going = UUID.randomUUID();
		this.store.open(going, "taster:" + this.counsellor.unitId(), TasterDayWorker.RULES, "fachkraft", Instant.now());

		assertThatThrownBy(() -> this.tasterDays.start(this.counsellor)).isInstanceOf(RuleViolation.class)
			.extracting(failure -> ((RuleViolation) failure).messageKey())
			.isEqualTo("matching.taster.under-way");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM matching_taster_schedule WHERE scope_key = :scope AND status = 'RUNNING'")
			.param("scope", "taster:" + this.counsellor.unitId())
			.query(Long.class)
			.single()).isEqualTo(1);
		this.store.fail(going, "matching.failure.interrupted", Instant.now());
		assertThat(this.tasterDays.schedule(going, this.counsellor))
			.hasValueSatisfying(failed -> assertThat(failed.failure()).isEqualTo("matching.failure.interrupted"));
	}

	@Test
	void aProjectLeadMayNeitherMakeNorReadTheTeamsSchedules() {
		StaffMember lead = this.organisation.staffMember("projektleitung").orElseThrow();
		UUID kept = UUID.randomUUID();
		this.store.open(kept, "taster:" + this.counsellor.unitId(), TasterDayWorker.RULES, "fachkraft", Instant.now());
		this.store.fail(kept, "matching.taster.no-slots", Instant.now());

		assertThatThrownBy(() -> this.tasterDays.start(lead)).isInstanceOf(RuleViolation.class)
			.extracting(failure -> ((RuleViolation) failure).messageKey())
			.isEqualTo("matching.rule.may-not-match");
		assertThat(this.tasterDays.schedules(lead)).isEmpty();
		assertThat(this.tasterDays.schedule(kept, lead)).isEmpty();
		assertThat(this.tasterDays.schedule(kept, this.counsellor)).isPresent();
	}

}
