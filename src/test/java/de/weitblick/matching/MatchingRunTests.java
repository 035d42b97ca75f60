package de.weitblick.matching;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.weitblick.Eventually;
import de.weitblick.employer.Chamber;
import de.weitblick.employer.EmployerContact;
import de.weitblick.employer.EmployerDetails;
import de.weitblick.employer.EmployerId;
import de.weitblick.employer.EmployerManagement;
import de.weitblick.employer.OfferManagement;
import de.weitblick.employer.OccupationalField;
import de.weitblick.employer.OfferDetails;
import de.weitblick.employer.OfferId;
import de.weitblick.employer.OfferKind;
import de.weitblick.employer.SizeClass;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.participant.AvailabilityWindow;
import de.weitblick.participant.OccupationInterest;
import de.weitblick.participant.WorkConstraints;
import de.weitblick.placement.PlacementId;
import de.weitblick.placement.PlacementManagement;
import de.weitblick.placement.PlacementStatus;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.PlaceProfile;
import de.weitblick.project.ProjectPlaceProfiles;
import de.weitblick.project.ReferralRequest;
import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.matching.run.RunStore;
import de.weitblick.matching.run.TeamPlaces;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.BenefitBasis;
import de.weitblick.participant.Gender;
import de.weitblick.participant.LanguageLevel;
import de.weitblick.participant.LanguageSkill;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantRecord;
import de.weitblick.participant.PersonalDetails;
import de.weitblick.participant.ReferralSource;
import de.weitblick.project.EligibilityRules;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.Enrolments;
import de.weitblick.project.Referrals;
import de.weitblick.project.PartnerRole;
import de.weitblick.project.PlacesPlan;
import de.weitblick.project.ProjectDescription;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ProjectKind;
import de.weitblick.project.ProjectManagement;
import de.weitblick.project.places.PlacesPlanning;
import de.weitblick.project.ProjectPartnership;
import de.weitblick.project.ProjectStatus;
import de.weitblick.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A counsellor's matching run over the team's people and the places of the running
 * projects, through the real facades and PostgreSQL: proposals only where the project's
 * rules admit the person, each explained; accepting refers the person; one run at a time.
 */
@WeitblickIntegrationTest
class MatchingRunTests {

	private static final UUID KAF = UUID.fromString("019a0000-0000-7000-8000-000000001505");

	private static final UUID JOBCENTER = UUID.fromString("019a0000-0000-7000-8000-000000002001");

	@Autowired
	MatchingRuns runs;

	@Autowired
	ProposalDecisions decisions;

	@Autowired
	RunStore store;

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Referrals referrals;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectPlaceProfiles placeProfiles;

	@Autowired
	MatchingSettings settings;

	@Autowired
	EmployerManagement employers;

	@Autowired
	OfferManagement offerManagement;

	@Autowired
	PlacementManagement placements;

	@Autowired
	Clock clock;

	StaffMember counsellor;

	StaffMember lead;

	StaffMember controlling;

	@BeforeEach
	void staff() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
		this.lead = this.organisation.staffMember("projektleitung").orElseThrow();
		this.controlling = this.organisation.staffMember("controlling").orElseThrow();
		// Runs of earlier tests of this class must not hold the team's scope.
		this.jdbc.sql("UPDATE matching_run SET status = 'FAILED' WHERE status = 'RUNNING'").update();
	}

	@Test
	void aRunProposesOnlyPlacesWhoseRulesAdmitThePersonAndExplainsEveryProposal() {
		ProjectId forGermanSpeakers = project(
				new EligibilityRules(null, null, Set.of(), Set.of(), false, LanguageLevel.C2), 1);
		ParticipantId fluent = person("Fließend", LanguageLevel.C2);
		ParticipantId beginner = person("Anfang", LanguageLevel.A1);

		MatchingRunView run = finished(this.runs.start(this.counsellor));

		assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(run.optimal()).isTrue();
		for (MatchingRunView.Proposal proposal : run.proposals()) {
			if (proposal.projectId() != null) {
				assertThat(proposal.parts()).hasSize(ScorePart.values().length);
				assertThat(proposal.score()).isBetween(0, 100);
				assertThat(proposal.reason()).isNull();
			}
			else {
				assertThat(proposal.reason()).isNotNull();
			}
		}
		MatchingRunView.Proposal forBeginner = proposalOf(run, beginner);
		assertThat(forBeginner.projectId()).isNotEqualTo(forGermanSpeakers.id());
		MatchingRunView.Proposal forFluent = proposalOf(run, fluent);
		assertThat(forFluent.name()).startsWith("Fließend");
		if (forFluent.projectId() != null) {
			assertThat(forFluent.parts()).anySatisfy(part -> {
				assertThat(part.part()).isEqualTo(ScorePart.LANGUAGE);
				assertThat(part.recorded()).isTrue();
			});
			assertThat(forFluent.parts()).anySatisfy(part -> {
				assertThat(part.part()).isEqualTo(ScorePart.COMMUTE);
				assertThat(part.recorded()).isFalse();
			});
		}
	}

	@Test
	void acceptingAProposalRefersThePersonAndTheDecisionCannotBeTakenTwice() {
		project(EligibilityRules.NONE, 2000);
		ParticipantId person = person("Annahme", LanguageLevel.B1);
		MatchingRunView run = finished(this.runs.start(this.counsellor));
		MatchingRunView.Proposal proposal = proposalOf(run, person);
		assertThat(proposal.projectId()).isNotNull();

		this.decisions.decide(proposal.id(), proposal.version(), Decision.ACCEPTED, this.counsellor);

		MatchingRunView.Proposal decided = proposalOf(
				this.runs.run(new MatchingRunId(run.id()), this.counsellor).orElseThrow(), person);
		assertThat(decided.decision()).isEqualTo(Decision.ACCEPTED);
		assertThat(decided.enrolmentId()).isNotNull();
		assertThat(this.enrolments.enrolment(new EnrolmentId(decided.enrolmentId()), this.counsellor)).isPresent();
		assertThatThrownBy(
				() -> this.decisions.decide(proposal.id(), proposal.version(), Decision.REJECTED, this.counsellor))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(
				() -> this.decisions.decide(proposal.id(), decided.version(), Decision.REJECTED, this.counsellor))
			.isInstanceOf(RuleViolation.class)
			.extracting(failure -> ((RuleViolation) failure).messageKey())
			.isEqualTo("matching.rule.already-decided");

		MatchingRunView next = finished(this.runs.start(this.counsellor));
		assertThat(next.proposals()).noneMatch(p -> p.participantId().equals(person.id()));
	}

	@Test
	void aRejectedPlaceIsNotProposedAgainAndALockedOneIsKept() {
		project(EligibilityRules.NONE, 2000);
		ParticipantId rejecting = person("Ablehnung", LanguageLevel.B2);
		ParticipantId locking = person("Festhalten", LanguageLevel.B2);
		MatchingRunView first = finished(this.runs.start(this.counsellor));
		MatchingRunView.Proposal rejected = proposalOf(first, rejecting);
		MatchingRunView.Proposal locked = proposalOf(first, locking);
		assertThat(rejected.placePeriodId()).isNotNull();
		assertThat(locked.placePeriodId()).isNotNull();

		this.decisions.decide(rejected.id(), rejected.version(), Decision.REJECTED, this.counsellor);
		this.decisions.decide(locked.id(), locked.version(), Decision.LOCKED, this.counsellor);
		MatchingRunView second = finished(this.runs.start(this.counsellor));

		assertThat(proposalOf(second, rejecting).placePeriodId()).isNotEqualTo(rejected.placePeriodId());
		MatchingRunView.Proposal kept = proposalOf(second, locking);
		assertThat(kept.placePeriodId()).isEqualTo(locked.placePeriodId());
		assertThat(kept.decision()).isEqualTo(Decision.LOCKED);
	}

	@Test
	void aSecondRunOverTheSamePlacesIsRefusedWhileTheFirstIsGoing() {
		UUID going = UUID.randomUUID();
		this.store.open(going, TeamPlaces.scopeOf(this.counsellor), "fachkraft", Instant.now());

		assertThatThrownBy(() -> this.runs.start(this.counsellor)).isInstanceOf(RuleViolation.class)
			.extracting(failure -> ((RuleViolation) failure).messageKey())
			.isEqualTo("matching.rule.run-under-way");
		assertThat(this.jdbc.sql("SELECT count(*) FROM matching_run WHERE scope_key = :scope AND status = 'RUNNING'")
			.param("scope", TeamPlaces.scopeOf(this.counsellor))
			.query(Long.class)
			.single()).isEqualTo(1);
		this.store.fail(going, "matching.failure.interrupted", Instant.now());
	}

	@Test
	void aProjectLeadMayNotStartAMatchingRun() {
		assertThatThrownBy(() -> this.runs.start(this.lead)).isInstanceOf(RuleViolation.class)
			.extracting(failure -> ((RuleViolation) failure).messageKey())
			.isEqualTo("matching.rule.may-not-match");
		assertThat(this.runs.runs(this.lead)).isEmpty();
	}

	@Test
	void aPlaceProfileAndTheCaseFileGiveTheOccupationCommuteAndHoursParts() {
		ProjectId care = project(EligibilityRules.NONE, 2000);
		this.placeProfiles.save(care, new PlaceProfile("14", "821", LocalTime.of(9, 0), LocalTime.of(13, 0)));
		ParticipantId person = person("Profil", LanguageLevel.B1, Set.of(new OccupationInterest("821")),
				new WorkConstraints(
						Set.of(window(DayOfWeek.MONDAY), window(DayOfWeek.TUESDAY), window(DayOfWeek.WEDNESDAY)),
						Set.of(), null, null, null));

		MatchingRunView run = finished(this.runs.start(this.counsellor));

		MatchingRunView.Proposal proposal = proposalOf(run, person);
		assertThat(proposal.projectId()).isEqualTo(care.id());
		assertThat(valueOf(proposal, ScorePart.OCCUPATION_INTEREST)).isEqualTo(100);
		assertThat(valueOf(proposal, ScorePart.COMMUTE)).isEqualTo(100);
		assertThat(valueOf(proposal, ScorePart.CHILDCARE_HOURS)).isEqualTo(60);
		assertThat(valueOf(proposal, ScorePart.WAITING_TIME)).isZero();
	}

	@Test
	void aWaitingListRunProposesTheFreePlacesOfOtherProjectsToThePeopleWaiting() {
		ProjectId full = project(EligibilityRules.NONE, 1);
		ProjectId free = project(EligibilityRules.NONE, 2000);
		ParticipantId first = person("Platz", LanguageLevel.B1);
		ParticipantId waiting = person("Warten", LanguageLevel.B1);
		PlacePeriod period = this.projects.places(full).getFirst();
		this.referrals.refer(new ReferralRequest(full, period.id(), first, null, null), this.counsellor);
		this.referrals.refer(new ReferralRequest(full, period.id(), waiting, null, null), this.counsellor);

		MatchingRunView run = finished(this.runs.start(this.counsellor, RunScope.WAITING_LIST));

		assertThat(run.scope()).isEqualTo(RunScope.WAITING_LIST);
		assertThat(run.proposals()).noneMatch(proposal -> proposal.participantId().equals(first.id()));
		MatchingRunView.Proposal proposal = proposalOf(run, waiting);
		assertThat(proposal.projectId()).isNotNull().isNotEqualTo(full.id());
		assertThat(proposal.parts()).anySatisfy(part -> {
			assertThat(part.part()).isEqualTo(ScorePart.WAITING_TIME);
			assertThat(part.recorded()).isTrue();
		});
		assertThat(free).isNotNull();
	}

	@Test
	void anOffersRunProposesTheEmployersOpenSeatsAndAcceptingProposesThePlacement() {
		StaffMember service = this.organisation.staffMember("arbeitgeberservice").orElseThrow();
		EmployerId employer = this.employers.register(new EmployerDetails("Pflegedienst " + UUID.randomUUID(), null,
				"87.10", SizeClass.MEDIUM, null, null, "Kassel", "Wesertor", false, Chamber.OTHER, true,
				List.of(new EmployerContact("Leitung", null, null, null, null))), service);
		LocalDate today = LocalDate.now(this.clock);
		OfferId offer = this.offerManagement
			.addOffer(employer,
					new OfferDetails(OfferKind.INTERNSHIP, "Praktikum Altenpflege", OccupationalField.CARE,
							"Altenpflege", null, null, null, today.plusDays(400), today.plusDays(430), 1, null),
					service);

		MatchingRunView run = finished(this.runs.start(this.counsellor, RunScope.OFFERS));

		assertThat(run.scope()).isEqualTo(RunScope.OFFERS);
		List<MatchingRunView.Proposal> forOffer = run.proposals()
			.stream()
			.filter(proposal -> offer.id().equals(proposal.offerId()))
			.toList();
		assertThat(forOffer).hasSize(1);
		MatchingRunView.Proposal proposal = forOffer.getFirst();
		assertThat(proposal.kind()).isEqualTo("INTERNSHIP");
		assertThat(proposal.projectName()).contains("Praktikum Altenpflege");
		assertThat(valueOf(proposal, ScorePart.LANGUAGE)).isEqualTo(ScorePart.NOT_RECORDED);

		this.decisions.decide(proposal.id(), proposal.version(), Decision.ACCEPTED, this.counsellor);

		MatchingRunView.Proposal decided = proposalOf(
				this.runs.run(new MatchingRunId(run.id()), this.counsellor).orElseThrow(),
				new ParticipantId(proposal.participantId()));
		assertThat(decided.placementId()).isNotNull();
		assertThat(this.placements.placement(new PlacementId(decided.placementId()), service))
			.hasValueSatisfying(placement -> assertThat(placement.status()).isEqualTo(PlacementStatus.PROPOSED));
	}

	@Test
	void aQuotaPerFocusGroupIsKeptWithTheRunAndSolvedAsAnIntegerProgramme() {
		project(EligibilityRules.NONE, 2000);
		RunSettings before = this.settings.of(this.counsellor, RunScope.TEAM);
		this.settings.change(this.counsellor, RunScope.TEAM, before.version(), false, Map.of(FocusGroupCode.WOMEN, 10));
		try {
			MatchingRunView run = finished(this.runs.start(this.counsellor));

			assertThat(run.quotas()).containsEntry(FocusGroupCode.WOMEN, 10);
			assertThat(run.keepEarlier()).isFalse();
			assertThat(run.gapPermille()).isNotNull().isBetween(0, 1000);
			assertThat(this.jdbc.sql("SELECT method FROM matching_run WHERE id = :id")
				.param("id", run.id())
				.query(String.class)
				.single()).isEqualTo("INTEGER_PROGRAMME");
		}
		finally {
			RunSettings after = this.settings.of(this.counsellor, RunScope.TEAM);
			this.settings.change(this.counsellor, RunScope.TEAM, after.version(), true, Map.of());
		}
	}

	@Test
	void quotasOutOfRangeOrAboveAHundredPercentTogetherAreRefused() {
		RunSettings current = this.settings.of(this.counsellor, RunScope.OFFERS);
		assertThatThrownBy(() -> this.settings.change(this.counsellor, RunScope.OFFERS, current.version(), true,
				Map.of(FocusGroupCode.WOMEN, 0)))
			.isInstanceOf(RuleViolation.class)
			.extracting(failure -> ((RuleViolation) failure).messageKey())
			.isEqualTo("matching.rule.quota-range");
		assertThatThrownBy(() -> this.settings.change(this.counsellor, RunScope.OFFERS, current.version(), true,
				Map.of(FocusGroupCode.WOMEN, 60, FocusGroupCode.YOUNG_PEOPLE, 50)))
			.isInstanceOf(RuleViolation.class)
			.extracting(failure -> ((RuleViolation) failure).messageKey())
			.isEqualTo("matching.rule.quota-total");
		assertThatThrownBy(
				() -> this.settings.change(this.counsellor, RunScope.OFFERS, current.version() + 7, true, Map.of()))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	private static int valueOf(MatchingRunView.Proposal proposal, ScorePart part) {
		return proposal.parts().stream().filter(each -> each.part() == part).findFirst().orElseThrow().value();
	}

	private static AvailabilityWindow window(DayOfWeek day) {
		return new AvailabilityWindow(day, LocalTime.of(8, 0), LocalTime.of(14, 0));
	}

	private MatchingRunView finished(MatchingRunId id) {
		MatchingRunView run = Eventually.until("the matching run finished", Duration.ofSeconds(120),
				() -> this.runs.run(id, this.counsellor).orElseThrow(), seen -> seen.status() != RunStatus.RUNNING);
		assertThat(run.failure()).isNull();
		return run;
	}

	private static MatchingRunView.Proposal proposalOf(MatchingRunView run, ParticipantId person) {
		return run.proposals()
			.stream()
			.filter(proposal -> proposal.participantId().equals(person.id()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no proposal for " + person));
	}

	private ProjectId project(EligibilityRules rules, int places) {
		ProjectId id = this.projects.create(new ProjectDescription("Zuordnungsprojekt " + UUID.randomUUID(), null,
				ProjectKind.QUALIFICATION, ProjectStatus.RUNNING, null, KAF, this.lead.id(), LocalDate.of(2026, 1, 1),
				null, "Kassel", Set.of(), rules, Set.of(new ProjectPartnership(JOBCENTER, PartnerRole.REFERRER)),
				Set.of(), List.of()), this.controlling);
		this.placesPlanning.addPeriod(id,
				new PlacesPlan("2026/27", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), places), this.lead);
		return id;
	}

	private ParticipantId person(String familyName, LanguageLevel german) {
		return person(familyName, german, Set.of(), WorkConstraints.NONE);
	}

	private ParticipantId person(String familyName, LanguageLevel german, Set<OccupationInterest> interests,
			WorkConstraints constraints) {
		PersonalDetails details = new PersonalDetails(familyName + " " + UUID.randomUUID(), "Test",
				LocalDate.of(1990, 5, 1), Gender.FEMALE, null, null, "Kassel", "14", null, null, true, "DE", null,
				false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER);
		return this.participants.register(new ParticipantRecord(details, null, Set.of(new LanguageSkill("de", german)),
				Set.of(), List.of(), List.of(), interests, constraints), null, false, this.counsellor);
	}

}
