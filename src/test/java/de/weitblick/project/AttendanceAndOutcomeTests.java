package de.weitblick.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.project.attendance.AttendanceRates;
import de.weitblick.project.outcome.FollowUpsDue;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.Participation;
import de.weitblick.participant.dataprotection.DataSubjectRights;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.attendance.AttendanceEntry;
import de.weitblick.project.attendance.AttendanceRate;
import de.weitblick.project.attendance.AttendanceSheet;
import de.weitblick.project.attendance.Attendances;
import de.weitblick.project.instructors.ProjectInstructors;
import de.weitblick.project.outcome.ExitOutcome;
import de.weitblick.project.outcome.FollowUpDue;
import de.weitblick.project.outcome.Outcome;
import de.weitblick.project.outcome.Outcomes;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attendance per project day and outcomes on leaving as the project lead, an instructor
 * and a counsellor meet them: a day is stored for everybody or for nobody, nothing out of
 * order is stored, and the outcome and its follow-up six months later are kept with their
 * rules; when the case file is erased, all of it goes with it.
 */
@WeitblickIntegrationTest
class AttendanceAndOutcomeTests {

	private static final BigDecimal SIX = BigDecimal.valueOf(6);

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	Attendances attendances;

	@Autowired
	AttendanceRates rates;

	@Autowired
	Outcomes outcomes;

	@Autowired
	FollowUpsDue followUps;

	@Autowired
	ProjectInstructors instructors;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	CaseFileReading caseFiles;

	@Autowired
	DataSubjectRights dataSubjectRights;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	ProjectFixtures fixtures;

	LocalDate today;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void theLeadRecordsADayForEverybodyTakingPartAndSeesTheirAttendanceRate() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId anna = started(project, "Anwesend", 20);
		EnrolmentId bert = started(project, "Entschuldigt", 20);
		LocalDate day = this.today.minusDays(3);

		this.attendances.record(project, day(day, SIX, null, person(anna, AttendanceStatus.PRESENT, null, null),
				person(bert, AttendanceStatus.EXCUSED, null, null)), this.fixtures.lead);
		this.attendances.record(project,
				day(day.minusDays(1), BigDecimal.valueOf(4), null,
						person(anna, AttendanceStatus.PRESENT, BigDecimal.valueOf(3), null),
						person(bert, AttendanceStatus.PRESENT, null, null)),
				this.fixtures.lead);

		AttendanceRate rate = this.rates.ofEnrolment(anna, this.fixtures.lead).orElseThrow().rate();
		assertThat(rate.sessions()).isEqualTo(2);
		assertThat(rate.present()).isEqualTo(2);
		assertThat(rate.hoursAttended()).isEqualByComparingTo("9");
		assertThat(rate.plannedHours()).isEqualByComparingTo("10");
		assertThat(rate.hoursPercent()).isEqualTo(90);
		AttendanceRate bertsRate = this.rates.rates(List.of(bert)).get(bert);
		assertThat(bertsRate.excused()).isEqualTo(1);
		assertThat(bertsRate.hoursPercent()).isEqualTo(40);
		AttendanceSheet sheet = this.attendances.sheet(project, day, null, this.fixtures.lead);
		assertThat(sheet.rows()).extracting(AttendanceSheet.Row::status)
			.containsExactlyInAnyOrder(AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED);
		assertThat(this.audit.search("projektleitung", participantOf(anna), 20)).anyMatch(
				entry -> entry.action() == AuditAction.UPDATE && "project.audit.attendance".equals(entry.detailKey()));
	}

	@Test
	void aDayInTheFutureBeforeTheStartOrAfterTheExitIsRefusedAndNothingIsStored() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId recent = started(project, "Neu", 2);
		EnrolmentId early = started(project, "Frueh", 30);

		assertRefused(project,
				day(this.today.plusDays(1), SIX, null, person(recent, AttendanceStatus.PRESENT, null, null)),
				"attendance.rule.day-in-future");
		// Both people in one day: the second cannot be recorded, so the first is not
		// either.
		assertRefused(project,
				day(this.today.minusDays(10), SIX, null, person(early, AttendanceStatus.PRESENT, null, null),
						person(recent, AttendanceStatus.PRESENT, null, null)),
				"attendance.rule.before-start");
		assertThat(sessions(project)).isZero();
		assertThat(this.rates.ofEnrolment(early, this.fixtures.lead).orElseThrow().records()).isEmpty();

		Enrolment leaving = this.enrolments.enrolment(early, this.fixtures.lead).orElseThrow().enrolment();
		this.enrolments.exit(early, leaving.version(), EnrolmentStatus.COMPLETED, this.today.minusDays(5), null, null,
				this.fixtures.lead);
		assertRefused(project,
				day(this.today.minusDays(1), SIX, null, person(early, AttendanceStatus.PRESENT, null, null)),
				"attendance.rule.after-exit");
	}

	@Test
	void hoursBelowZeroAboveThoseOrTimesOutOfOrderAreRefusedWithTheirReason() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId person = started(project, "Stunden", 10);
		LocalDate day = this.today.minusDays(1);

		assertRefused(project,
				day(day, SIX, null, person(person, AttendanceStatus.PRESENT, BigDecimal.valueOf(7), null)),
				"attendance.rule.hours-above-planned");
		assertRefused(project,
				day(day, SIX, null, person(person, AttendanceStatus.PRESENT, BigDecimal.valueOf(-1), null)),
				"attendance.rule.hours-negative");
		assertRefused(project, day(day, SIX, null, person(person, AttendanceStatus.UNEXCUSED, SIX, null)),
				"attendance.rule.hours-when-absent");
		assertRefused(project, day(day, BigDecimal.ZERO, null, person(person, AttendanceStatus.PRESENT, null, null)),
				"attendance.rule.planned-hours");
		AttendanceEntry reversed = new AttendanceEntry(day, null, LocalTime.of(14, 0), LocalTime.of(9, 0), SIX, null,
				List.of(person(person, AttendanceStatus.PRESENT, null, null)));
		assertRefused(project, reversed, "attendance.rule.times-out-of-order");
		assertThat(sessions(project)).isZero();
	}

	@Test
	void twoPeopleEnteringTheSameDayAtOnceNeverOverwriteEachOther() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId person = started(project, "Gleichzeitig", 10);
		LocalDate day = this.today.minusDays(1);
		this.attendances.record(project, day(day, SIX, null, person(person, AttendanceStatus.PRESENT, null, null)),
				this.fixtures.lead);
		AttendanceSheet shown = this.attendances.sheet(project, day, null, this.fixtures.lead);
		int sessionVersion = shown.session().version();
		int recordVersion = shown.rows().get(0).version();

		// The first saves an absence on top of what both saw ...
		this.attendances.record(project,
				day(day, SIX, sessionVersion, person(person, AttendanceStatus.EXCUSED, null, recordVersion)),
				this.fixtures.lead);
		// ... the second, who saw the same, is told, and the absence stays.
		assertThatThrownBy(() -> this.attendances.record(project,
				day(day, SIX, sessionVersion, person(person, AttendanceStatus.PRESENT, null, recordVersion)),
				this.fixtures.lead))
			.isInstanceOf(OptimisticLockingFailureException.class);
		// A form that did not know of the record at all does not overwrite it either.
		assertThatThrownBy(() -> this.attendances.record(project,
				day(day, SIX, sessionVersion + 1, person(person, AttendanceStatus.PRESENT, null, null)),
				this.fixtures.lead))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.rates.ofEnrolment(person, this.fixtures.lead).orElseThrow().records()).singleElement()
			.satisfies(record -> assertThat(record.status()).isEqualTo(AttendanceStatus.EXCUSED));
	}

	@Test
	void anAssignedInstructorRecordsAttendanceButACounsellorMayNot() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId person = started(project, "Werkstatt", 10);
		StaffMember instructor = this.organisation.staffMember("fachanleitung").orElseThrow();
		AttendanceEntry day = day(this.today.minusDays(1), SIX, null,
				person(person, AttendanceStatus.PRESENT, null, null));

		assertThatThrownBy(() -> this.attendances.record(project, day, instructor)).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("attendance.rule.may-not-record");
		assertThatThrownBy(() -> this.attendances.record(project, day, this.fixtures.counsellor))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("attendance.rule.may-not-record");

		this.instructors.assign(project, instructor.id(), this.fixtures.controlling);
		this.attendances.record(project, day, instructor);

		assertThat(this.rates.ofEnrolment(person, instructor).orElseThrow().rate().present()).isEqualTo(1);
		// The counsellor of the person's team reads the attendance.
		assertThat(this.rates.ofEnrolment(person, this.fixtures.counsellor)).isPresent();
	}

	@Test
	void theOutcomeIsRecordedWithTheExitAndTheFollowUpFallsDueSixMonthsLater() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId person = started(project, "Verbleib", 10);
		Enrolment enrolment = this.enrolments.enrolment(person, this.fixtures.lead).orElseThrow().enrolment();

		this.enrolments.exit(person, enrolment.version(), EnrolmentStatus.COMPLETED, this.today, null, null,
				new ExitOutcome(OutcomeKind.APPRENTICESHIP, false, true, "Ausbildung zum Tischler"),
				this.fixtures.lead);

		Outcome outcome = this.outcomes.of(person, this.fixtures.lead).orElseThrow();
		assertThat(outcome.exitOutcome()).isEqualTo(OutcomeKind.APPRENTICESHIP);
		assertThat(outcome.qualificationGained()).isTrue();
		assertThat(outcome.followUpDueOn()).isEqualTo(this.today.plusMonths(6));
		// The counsellor of the person's team sees it too.
		assertThat(this.outcomes.of(person, this.fixtures.counsellor)).isPresent();
		// Too early for the follow-up: refused with the day it falls due.
		assertThatThrownBy(() -> this.outcomes.recordFollowUp(person, outcome.version(), OutcomeKind.EMPLOYMENT,
				this.today, null, this.fixtures.lead))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("outcome.rule.follow-up-too-early");
	}

	@Test
	void anOutcomeThatFailsItsRulesLeavesTheExitUndoneToo() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId person = started(project, "Zusammen", 10);
		Enrolment enrolment = this.enrolments.enrolment(person, this.fixtures.lead).orElseThrow().enrolment();

		assertThatThrownBy(
				() -> this.enrolments.exit(person, enrolment.version(), EnrolmentStatus.COMPLETED, this.today, null,
						null, new ExitOutcome(OutcomeKind.NOT_REACHABLE, false, false, null), this.fixtures.lead))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("outcome.rule.not-on-exit");

		assertThat(this.enrolments.enrolment(person, this.fixtures.lead).orElseThrow().enrolment().status())
			.isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(this.outcomes.of(person, this.fixtures.lead)).isEmpty();
	}

	@Test
	void aFollowUpIsRecordedOnceDueAndListedForTheLeadUntilThen() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId person = started(project, "Nachgefragt", 10);
		Enrolment enrolment = this.enrolments.enrolment(person, this.fixtures.lead).orElseThrow().enrolment();
		this.enrolments.exit(person, enrolment.version(), EnrolmentStatus.DROPPED_OUT, this.today, null, null,
				this.fixtures.lead);
		assertThatThrownBy(() -> this.outcomes.recordFollowUp(person, 0, OutcomeKind.EMPLOYMENT, this.today, null,
				this.fixtures.lead))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("outcome.rule.follow-up-needs-exit-outcome");
		this.outcomes.recordExit(person, null, new ExitOutcome(OutcomeKind.UNKNOWN, true, false, null),
				this.fixtures.lead);
		// The exit lies seven months back: the follow-up is due.
		LocalDate exit = this.today.minusMonths(7);
		this.jdbc.sql("""
				UPDATE enrolment SET referred_on = :started, offered_on = :started, started_on = :started,
				    ended_on = :exit WHERE id = :id
				""").param("started", exit.minusDays(30)).param("exit", exit).param("id", person.id()).update();
		this.jdbc.sql("UPDATE enrolment_outcome SET follow_up_due_on = :due WHERE enrolment_id = :id")
			.param("due", exit.plusMonths(6))
			.param("id", person.id())
			.update();
		assertThat(this.followUps.followUpsDue(this.fixtures.lead)).extracting(FollowUpDue::enrolmentId)
			.contains(person);
		assertThat(this.followUps.followUpsDue(this.fixtures.counsellor)).isEmpty();
		Outcome outcome = this.outcomes.of(person, this.fixtures.lead).orElseThrow();

		assertThatThrownBy(() -> this.outcomes.recordFollowUp(person, outcome.version(), OutcomeKind.EMPLOYMENT,
				exit.minusDays(1), null, this.fixtures.lead))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("outcome.rule.follow-up-before-exit");
		assertThatThrownBy(() -> this.outcomes.recordFollowUp(person, outcome.version(), OutcomeKind.EMPLOYMENT,
				this.today, null, this.fixtures.counsellor))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("outcome.rule.may-not-record");
		this.outcomes.recordFollowUp(person, outcome.version(), OutcomeKind.EMPLOYMENT, this.today, "Helferin im Lager",
				this.fixtures.lead);

		assertThat(this.outcomes.of(person, this.fixtures.lead).orElseThrow().followUpStatus())
			.isEqualTo(OutcomeKind.EMPLOYMENT);
		assertThat(this.followUps.followUpsDue(this.fixtures.lead)).extracting(FollowUpDue::enrolmentId)
			.doesNotContain(person);
	}

	@Test
	void theSubjectAccessReportTellsThePersonsAttendanceAndOutcome() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId person = started(project, "Auskunft", 10);
		this.attendances.record(project,
				day(this.today.minusDays(2), SIX, null, person(person, AttendanceStatus.UNEXCUSED, null, null)),
				this.fixtures.lead);
		Enrolment enrolment = this.enrolments.enrolment(person, this.fixtures.lead).orElseThrow().enrolment();
		this.enrolments.exit(person, enrolment.version(), EnrolmentStatus.COMPLETED, this.today, null, null,
				new ExitOutcome(OutcomeKind.EMPLOYMENT, false, false, "Lagerhelferin"), this.fixtures.lead);

		List<Participation> told = this.caseFiles.participations(new ParticipantId(participantOf(person)),
				this.fixtures.counsellor);

		assertThat(told).singleElement().satisfies(participation -> {
			assertThat(participation.facts()).extracting(Participation.Fact::labelKey)
				.contains("outcome.on-exit", "outcome.follow-up-due", "attendance.fact.UNEXCUSED");
			assertThat(participation.facts()).anyMatch(fact -> "Lagerhelferin".equals(fact.value()));
			assertThat(participation.facts()).anyMatch(fact -> "outcome.on-exit".equals(fact.labelKey())
					&& OutcomeKind.EMPLOYMENT.messageKey().equals(fact.valueKey()));
		});
	}

	@Test
	void erasingACaseFileErasesItsEnrolmentsAttendanceAndOutcomesAndFreesThePlace() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 1);
		EnrolmentId left = started(project, "Geloescht", 30);
		UUID person = participantOf(left);
		this.attendances.record(project,
				day(this.today.minusDays(3), SIX, null, person(left, AttendanceStatus.PRESENT, null, null)),
				this.fixtures.lead);
		Enrolment enrolment = this.enrolments.enrolment(left, this.fixtures.lead).orElseThrow().enrolment();
		this.enrolments.exit(left, enrolment.version(), EnrolmentStatus.COMPLETED, this.today.minusDays(1), null, null,
				new ExitOutcome(OutcomeKind.SCHOOL, false, false, "Notiz"), this.fixtures.lead);
		// Referred again and holding the project's only place, with somebody waiting.
		EnrolmentId again = this.referrals.refer(this.fixtures.referral(project, new ParticipantId(person)),
				this.fixtures.counsellor);
		EnrolmentId waiting = this.referrals.refer(
				this.fixtures.referral(project, this.fixtures.person("Wartet" + UUID.randomUUID())),
				this.fixtures.counsellor);
		assertThat(status(waiting)).isEqualTo("WAITING");
		this.participants.close(new ParticipantId(person), this.fixtures.counsellor);
		this.jdbc.sql("UPDATE participant SET closed_on = :day, registered_on = :day WHERE id = :id")
			.param("day", this.today.minusYears(11))
			.param("id", person)
			.update();

		this.dataSubjectRights.eraseDue();

		assertThat(this.jdbc.sql("SELECT count(*) FROM enrolment WHERE participant_id = :p")
			.param("p", person)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM attendance WHERE enrolment_id IN (:a, :b)")
			.param("a", left.id())
			.param("b", again.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM enrolment_outcome WHERE enrolment_id = :a")
			.param("a", left.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(status(waiting)).isEqualTo("OFFERED");
		assertThat(this.fixtures.period(project).occupied()).isEqualTo(1);
	}

	private EnrolmentId started(ProjectId project, String name, int daysAgo) {
		EnrolmentId id = this.referrals.refer(
				this.fixtures.referral(project, this.fixtures.person(name + UUID.randomUUID())),
				this.fixtures.counsellor);
		Enrolment offered = this.enrolments.enrolment(id, this.fixtures.lead).orElseThrow().enrolment();
		this.enrolments.enrol(id, offered.version(), this.today, this.fixtures.lead);
		LocalDate start = this.today.minusDays(daysAgo);
		this.jdbc.sql("UPDATE enrolment SET referred_on = :day, offered_on = :day, started_on = :day WHERE id = :id")
			.param("day", start)
			.param("id", id.id())
			.update();
		return id;
	}

	private UUID participantOf(EnrolmentId id) {
		return this.jdbc.sql("SELECT participant_id FROM enrolment WHERE id = :id")
			.param("id", id.id())
			.query(UUID.class)
			.single();
	}

	private String status(EnrolmentId id) {
		return this.jdbc.sql("SELECT status FROM enrolment WHERE id = :id")
			.param("id", id.id())
			.query(String.class)
			.single();
	}

	private int sessions(ProjectId project) {
		return this.jdbc.sql("SELECT count(*) FROM project_session WHERE project_id = :p")
			.param("p", project.id())
			.query(Integer.class)
			.single();
	}

	private void assertRefused(ProjectId project, AttendanceEntry entry, String messageKey) {
		assertThatThrownBy(() -> this.attendances.record(project, entry, this.fixtures.lead))
			.isInstanceOf(RuleViolation.class)
			.satisfies(thrown -> assertThat(((RuleViolation) thrown).messageKey()).isEqualTo(messageKey));
	}

	private static AttendanceEntry day(LocalDate day, BigDecimal planned, Integer sessionVersion,
			AttendanceEntry.Person... people) {
		return new AttendanceEntry(day, null, null, null, planned, sessionVersion, List.of(people));
	}

	private static AttendanceEntry.Person person(EnrolmentId id, AttendanceStatus status, BigDecimal hours,
			Integer version) {
		return new AttendanceEntry.Person(id, status, hours, version);
	}

}
