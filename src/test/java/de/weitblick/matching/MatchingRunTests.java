package de.weitblick.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.Eventually;
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
	RunStore store;

	@Autowired
	ProjectManagement projects;

	@Autowired
	PlacesPlanning placesPlanning;

	@Autowired
	Enrolments enrolments;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

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

		this.runs.decide(proposal.id(), proposal.version(), Decision.ACCEPTED, this.counsellor);

		MatchingRunView.Proposal decided = proposalOf(
				this.runs.run(new MatchingRunId(run.id()), this.counsellor).orElseThrow(), person);
		assertThat(decided.decision()).isEqualTo(Decision.ACCEPTED);
		assertThat(decided.enrolmentId()).isNotNull();
		assertThat(this.enrolments.enrolment(new EnrolmentId(decided.enrolmentId()), this.counsellor)).isPresent();
		assertThatThrownBy(
				() -> this.runs.decide(proposal.id(), proposal.version(), Decision.REJECTED, this.counsellor))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> this.runs.decide(proposal.id(), decided.version(), Decision.REJECTED, this.counsellor))
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

		this.runs.decide(rejected.id(), rejected.version(), Decision.REJECTED, this.counsellor);
		this.runs.decide(locked.id(), locked.version(), Decision.LOCKED, this.counsellor);
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
		PersonalDetails details = new PersonalDetails(familyName + " " + UUID.randomUUID(), "Test",
				LocalDate.of(1990, 5, 1), Gender.FEMALE, null, null, "Kassel", "14", null, null, true, "DE", null,
				false, BenefitBasis.SGB_II, null, ReferralSource.JOBCENTER);
		return this.participants.register(
				new ParticipantRecord(details, null, Set.of(new LanguageSkill("de", german)), Set.of(), List.of()),
				null, false, this.counsellor);
	}

}
