package de.weitblick.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.Notification;
import de.weitblick.organisation.Notifications;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Referrals, waiting lists and enrolments on PostgreSQL: places are never overbooked, not
 * even by fifty people at once; what breaks a rule is refused with its reason and leaves
 * everything as it was.
 */
@WeitblickIntegrationTest
class EnrolmentTests {

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	EnrolmentLists lists;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	Notifications notifications;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	ProjectFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
	}

	@RepeatedTest(3)
	void fiftySimultaneousReferralsForTenFreePlacesGiveTenPlacesAndFortyOnTheWaitingList() throws Exception {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 10);
		List<ParticipantId> people = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			people.add(this.fixtures.person("Gleichzeitig" + i + UUID.randomUUID()));
		}
		CountDownLatch start = new CountDownLatch(1);
		List<Future<EnrolmentId>> attempts = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(50)) {
			for (ParticipantId person : people) {
				Callable<EnrolmentId> attempt = () -> {
					start.await();
					return this.referrals.refer(this.fixtures.referral(project, person), this.fixtures.counsellor);
				};
				attempts.add(threads.submit(attempt));
			}
			start.countDown();
			for (Future<EnrolmentId> attempt : attempts) {
				attempt.get();
			}
		}

		assertThat(count(project, "OFFERED")).isEqualTo(10);
		assertThat(count(project, "WAITING")).isEqualTo(40);
		PlacePeriod period = this.fixtures.period(project);
		assertThat(period.occupied()).isEqualTo(10);
		assertThat(period.free()).isZero();
	}

	@Test
	void theDatabaseItselfRefusesMorePlacesTakenThanThereAre() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 1);
		PlacePeriod period = this.fixtures.period(project);

		assertThatThrownBy(() -> this.jdbc.sql("UPDATE place_period SET occupied = places + 1 WHERE id = :id")
			.param("id", period.id())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseItselfRefusesASecondActiveEnrolmentOfAPersonInAProject() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId first = refer(project, this.fixtures.person("Index" + UUID.randomUUID()));

		assertThatThrownBy(() -> this.jdbc.sql("""
				INSERT INTO enrolment (id, version, project_id, place_period_id, participant_id, status, referred_on,
				                       referred_at, referred_by, referred_by_role, updated_by, updated_at)
				SELECT gen_random_uuid(), 0, project_id, place_period_id, participant_id, 'WAITING', referred_on,
				       referred_at, referred_by, referred_by_role, updated_by, updated_at
				FROM enrolment WHERE id = :id
				""").param("id", first.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aFullProjectPutsTheReferralOnTheWaitingList() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 1);
		EnrolmentId first = refer(project, this.fixtures.person("Erste" + UUID.randomUUID()));
		EnrolmentId second = refer(project, this.fixtures.person("Zweite" + UUID.randomUUID()));

		assertThat(view(first).enrolment().status()).isEqualTo(EnrolmentStatus.OFFERED);
		EnrolmentView waiting = view(second);
		assertThat(waiting.enrolment().status()).isEqualTo(EnrolmentStatus.WAITING);
		assertThat(waiting.position()).isEqualTo(1);
	}

	@Test
	void aFreedPlaceGoesToTheNextPersonWaitingAndTheirCounsellorIsTold() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 1);
		EnrolmentId holder = refer(project, this.fixtures.person("Inhaberin" + UUID.randomUUID()));
		EnrolmentId next = refer(project, this.fixtures.person("Nächste" + UUID.randomUUID()));
		int unreadBefore = this.notifications.unreadCount(this.fixtures.counsellor.id());

		this.enrolments.decline(holder, view(holder).enrolment().version(), today(), "Umzug", this.fixtures.counsellor);

		assertThat(view(holder).enrolment().status()).isEqualTo(EnrolmentStatus.DECLINED);
		EnrolmentView offered = view(next);
		assertThat(offered.enrolment().status()).isEqualTo(EnrolmentStatus.OFFERED);
		assertThat(offered.enrolment().offeredOn()).isEqualTo(today());
		assertThat(this.fixtures.period(project).occupied()).isEqualTo(1);
		assertThat(this.notifications.unreadCount(this.fixtures.counsellor.id())).isEqualTo(unreadBefore + 1);
		Notification told = this.notifications.inbox(this.fixtures.counsellor.id()).get(0);
		assertThat(told.messageKey()).isEqualTo("enrolment.notification.offered");
		assertThat(told.link()).isEqualTo("/projects/" + project.id());
		assertThat(text(told)).contains("ein Platz").doesNotContain("Nächste");
	}

	@Test
	void theWaitingListPutsTheTargetGroupBeforeAnEarlierReferral() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(FocusGroupCode.LONG_TERM_UNEMPLOYED),
				1);
		refer(project, this.fixtures.person("Platz" + UUID.randomUUID()));
		EnrolmentId earlier = refer(project, this.fixtures.person("Früher" + UUID.randomUUID()));
		ParticipantId longTermUnemployed = this.fixtures.person("Langzeit" + UUID.randomUUID(),
				LocalDate.of(1980, 5, 5), BenefitBasis.SGB_II, "14", LanguageLevel.B1, LocalDate.of(2023, 1, 1));
		EnrolmentId later = refer(project, longTermUnemployed);

		EnrolmentView first = view(later);
		assertThat(first.position()).isEqualTo(1);
		assertThat(first.priority().countedGroups()).containsExactly(FocusGroupCode.LONG_TERM_UNEMPLOYED);
		assertThat(first.priority().groupPoints()).isEqualTo(10);
		assertThat(view(earlier).position()).isEqualTo(2);
	}

	@Test
	void anIneligiblePersonIsRefusedWithEveryReasonAndNothingIsStored() {
		EligibilityRules rules = new EligibilityRules(15, 26, Set.of(FocusGroupCode.MIGRATION_HISTORY),
				Set.of(BenefitBasis.SGB_XII_CHAPTER_3), true, LanguageLevel.B1);
		ProjectId project = this.fixtures.project(rules, Set.of(), 5);
		ParticipantId person = this.fixtures.person("Ungeeignet" + UUID.randomUUID(), LocalDate.of(1980, 1, 1),
				BenefitBasis.SGB_II, null, LanguageLevel.A2, null);

		assertThatThrownBy(() -> refer(project, person)).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(text(violation))
				.isEqualTo("Die Person erfüllt die Teilnahmevoraussetzungen des Projekts nicht:");
			assertThat(violation.reasons()).extracting(reason -> text(reason))
				.containsExactly("Die Person ist 46 Jahre alt; das Projekt nimmt Menschen bis 26 Jahre auf.",
						"Die Person gehört keiner der Fokusgruppen an, für die das Projekt offen ist.",
						"Der Leistungsbezug der Person (Grundsicherungsgeld (SGB II)) gehört nicht zu den im Projekt zugelassenen.",
						"Ein Wohnsitz in der Stadt ist nicht erfasst (kein Stadtteil angegeben).",
						"Die Deutschkenntnisse (A2) liegen unter dem verlangten Niveau B1.");
		});
		assertThat(count(project, "WAITING") + count(project, "OFFERED")).isZero();
		assertThat(this.fixtures.period(project).occupied()).isZero();
	}

	@Test
	void theSamePersonCannotBeReferredTwiceToTheSameProject() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		ParticipantId person = this.fixtures.person("Zweimal" + UUID.randomUUID());
		refer(project, person);

		assertThatThrownBy(() -> refer(project, person)).isInstanceOfSatisfying(RuleViolation.class,
				violation -> assertThat(violation.messageKey()).isEqualTo("enrolment.rule.already-active"));
		assertThat(this.fixtures.period(project).occupied()).isEqualTo(1);
	}

	@Test
	void anEndedProjectTakesNoReferrals() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		Project described = this.projects.project(project).orElseThrow();
		ProjectDescription ended = described.toDescription();
		this.projects.describe(project, described.version(),
				new ProjectDescription(ended.name(), ended.shortName(), ended.kind(), ProjectStatus.ENDED,
						ended.description(), ended.organisationalUnitId(), ended.leadId(), ended.startsOn(),
						ended.endsOn(), ended.location(), ended.targetFocusGroups(), ended.eligibility(),
						ended.partnerships(), ended.fundingProgrammeIds(), ended.strategyGoals()),
				this.fixtures.lead);

		assertThatThrownBy(() -> refer(project, this.fixtures.person("Beendet" + UUID.randomUUID())))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(text(violation))
				.isEqualTo("Das Projekt ist beendet und nimmt niemanden mehr auf."));
	}

	@Test
	void datesOutOfOrderAreRefusedAndTheEnrolmentStaysAsItWas() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId id = refer(project, this.fixtures.person("Daten" + UUID.randomUUID()));
		int version = view(id).enrolment().version();

		assertThatThrownBy(() -> this.enrolments.enrol(id, version, today().minusDays(1), this.fixtures.lead))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(text(violation)).startsWith("Der Beginn liegt vor dem Angebot vom"));
		this.enrolments.enrol(id, version, today(), this.fixtures.lead);
		int enrolled = view(id).enrolment().version();
		assertThatThrownBy(() -> this.enrolments.exit(id, enrolled, EnrolmentStatus.COMPLETED, today().minusDays(3),
				null, null, this.fixtures.lead))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("enrolment.rule.exit-before-start"));
		assertThatThrownBy(() -> this.enrolments.exit(id, enrolled, EnrolmentStatus.COMPLETED, today().plusDays(3),
				null, null, this.fixtures.lead))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("enrolment.rule.date-in-future"));

		EnrolmentView unchanged = view(id);
		assertThat(unchanged.enrolment().status()).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(unchanged.enrolment().endedOn()).isNull();
	}

	@Test
	void onlyTheProjectLeadStartsAnEnrolmentAndAStaleStepIsRefused() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		EnrolmentId id = refer(project, this.fixtures.person("Schritt" + UUID.randomUUID()));
		int version = view(id).enrolment().version();

		assertThatThrownBy(() -> this.enrolments.enrol(id, version, today(), this.fixtures.counsellor))
			.isInstanceOf(RuleViolation.class);
		this.enrolments.enrol(id, version, today(), this.fixtures.lead);
		assertThatThrownBy(() -> this.enrolments.exit(id, version, EnrolmentStatus.COMPLETED, today(), null, null,
				this.fixtures.lead))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void capacityBelowThePlacesTakenIsRefusedAndARaiseOffersTheNewPlacesToThePeopleWaiting() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 2);
		refer(project, this.fixtures.person("Eins" + UUID.randomUUID()));
		refer(project, this.fixtures.person("Zwei" + UUID.randomUUID()));
		EnrolmentId waiting = refer(project, this.fixtures.person("Drei" + UUID.randomUUID()));
		PlacePeriod period = this.fixtures.period(project);

		assertThatThrownBy(() -> this.placesPlanning.changeCapacity(project, period.id(), period.version(), 1, today(),
				"Kürzung", this.fixtures.lead))
			.isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(text(violation)).isEqualTo(
					"Die Platzzahl kann nicht auf 1 gesenkt werden: Im Zeitraum 2026/27 sind 2 Plätze vergeben (angeboten oder belegt)."));
		assertThatThrownBy(() -> this.placesPlanning.changeCapacity(project, period.id(), period.version(), 3, today(),
				" ", this.fixtures.lead))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.field()).isEqualTo("reason"));
		assertThat(this.placesPlanning.capacityChanges(project)).isEmpty();

		this.placesPlanning.changeCapacity(project, period.id(), period.version(), 3, today(), "Mehr Nachfrage",
				this.fixtures.lead);

		assertThat(this.placesPlanning.capacityChanges(project)).singleElement().satisfies(change -> {
			assertThat(change.placesBefore()).isEqualTo(2);
			assertThat(change.placesAfter()).isEqualTo(3);
			assertThat(change.changePercent()).isEqualTo(50);
			assertThat(change.reason()).isEqualTo("Mehr Nachfrage");
		});
		assertThat(view(waiting).enrolment().status()).isEqualTo(EnrolmentStatus.OFFERED);
		assertThatThrownBy(() -> this.placesPlanning.changeCapacity(project, period.id(), period.version(), 4, today(),
				"Veraltet", this.fixtures.lead))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void aProjectLeadDescribesOnlyTheOwnProjectAndCannotNameAnotherLead() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 1);
		Project described = this.projects.project(project).orElseThrow();
		ProjectDescription withoutLead = new ProjectDescription(described.name(), null, described.kind(),
				described.status(), "Neu beschrieben", described.organisationalUnitId(), null,
				described.runningTime().start(), null, null, Set.of(), EligibilityRules.NONE, Set.of(), Set.of(),
				List.of());

		assertThatThrownBy(() -> this.projects.describe(project, described.version(), withoutLead, this.fixtures.lead))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.field()).isEqualTo("leadId"));
		assertThatThrownBy(
				() -> this.projects.describe(project, described.version(), withoutLead, this.fixtures.counsellor))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> this.projects.create(withoutLead, this.fixtures.lead))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void everyReferralAndStepIsInTheAuditTrailOfThePerson() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 1);
		ParticipantId person = this.fixtures.person("Protokoll" + UUID.randomUUID());
		EnrolmentId id = refer(project, person);
		this.lists.ofProject(project, this.fixtures.lead);

		List<AuditEntry> entries = this.audit.search(null, person.id(), 20);
		assertThat(entries).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("fachkraft");
			assertThat(entry.detailKey()).isEqualTo("project.audit.referred");
			assertThat(entry.structured().arguments()).first().isEqualTo(project.id().toString());
		});
		assertThat(entries).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("projektleitung");
			assertThat(entry.purpose()).isEqualTo(de.weitblick.privacy.AccessPurpose.PROJECT_WORK);
		});
		assertThat(id).isNotNull();
	}

	private EnrolmentId refer(ProjectId project, ParticipantId person) {
		return this.referrals.refer(this.fixtures.referral(project, person), this.fixtures.counsellor);
	}

	private EnrolmentView view(EnrolmentId id) {
		return this.enrolments.enrolment(id, this.fixtures.lead).orElseThrow();
	}

	private int count(ProjectId project, String status) {
		return this.jdbc.sql("SELECT count(*) FROM enrolment WHERE project_id = :project AND status = :status")
			.param("project", project.id())
			.param("status", status)
			.query(Integer.class)
			.single();
	}

	private LocalDate today() {
		return LocalDate.now(java.time.Clock.systemUTC());
	}

	private String text(RuleViolation violation) {
		return this.messages.getMessage(violation.messageKey(), violation.arguments(), java.util.Locale.GERMAN);
	}

	private String text(RuleViolation.Reason reason) {
		return this.messages.getMessage(reason.messageKey(), reason.argumentArray(), java.util.Locale.GERMAN);
	}

	private String text(Notification notification) {
		return this.messages.getMessage(notification.messageKey(), notification.messageArguments(),
				java.util.Locale.GERMAN);
	}

}
