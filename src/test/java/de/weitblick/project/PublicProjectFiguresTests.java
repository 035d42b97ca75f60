package de.weitblick.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.project.places.PlacesPlanning;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every visitor reads of a project's results: the people reached and their outcomes
 * over all periods, never a group smaller than the threshold.
 */
@WeitblickIntegrationTest
class PublicProjectFiguresTests {

	private static final UUID IN_MIGRA = UUID.fromString("019a0000-0000-7000-8000-000000005002");

	@Autowired
	PublicProjectFigures figures;

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
	Clock clock;

	ProjectFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ProjectFixtures(this.projects, this.placesPlanning, this.participants, this.organisation);
	}

	@Test
	void twoPeopleReachedAreShownAsFewerThanThreeAndNeverAsTwo() {
		ProjectId project = this.fixtures.project(EligibilityRules.NONE, Set.of(), 5);
		for (String name : new String[] { "Oeffentlich", "Klein" }) {
			EnrolmentId id = this.referrals.refer(
					this.fixtures.referral(project, this.fixtures.person(name + UUID.randomUUID())),
					this.fixtures.counsellor);
			this.enrolments.enrol(id,
					this.enrolments.enrolment(id, this.fixtures.lead).orElseThrow().enrolment().version(),
					LocalDate.now(this.clock), this.fixtures.lead);
		}

		PublicProjectFigures.Figures shown = this.figures.of(project);

		assertThat(shown.peopleReached().text()).isEqualTo("< 3");
		assertThat(shown.peopleReached().value()).isNull();
		assertThat(shown.places()).isEqualTo(5);
		assertThat(shown.peopleLeft().value()).isZero();
	}

	@Test
	void thePeopleWhoLeftAreCountedOverAllPeriodsAndTheOutcomesAddUpWhereShown() {
		PublicProjectFigures.Figures shown = this.figures.of(new ProjectId(IN_MIGRA));

		int left = this.jdbc.sql("""
				SELECT count(*) FROM enrolment WHERE project_id = :project
				AND status IN ('COMPLETED', 'DROPPED_OUT', 'TRANSFERRED')
				""").param("project", IN_MIGRA).query(Integer.class).single();
		int reached = this.jdbc.sql("""
				SELECT count(DISTINCT participant_id) FROM enrolment WHERE project_id = :project
				AND started_on IS NOT NULL AND status <> 'MERGED'
				""").param("project", IN_MIGRA).query(Integer.class).single();
		assertThat(left).isGreaterThanOrEqualTo(shown.threshold());
		assertThat(shown.peopleLeft().value()).isEqualTo(left);
		assertThat(shown.peopleReached().value()).isEqualTo(reached);
		int shownOutcomes = shown.outcomes()
			.stream()
			.filter(outcome -> !outcome.people().isHidden())
			.mapToInt(outcome -> outcome.people().value())
			.sum();
		assertThat(shownOutcomes).isLessThanOrEqualTo(left);
		assertThat(shown.outcomes().stream().filter(outcome -> outcome.people().isHidden()).count()).isNotEqualTo(1);
	}

}
