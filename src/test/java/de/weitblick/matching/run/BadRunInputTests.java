package de.weitblick.matching.run;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.weitblick.WeitblickIntegrationTest;
import de.weitblick.matching.RunScope;
import de.weitblick.matching.ScorePart;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run over bad inputs: no eligible pair, places without a free seat, negative or
 * missing score parts, a negative capacity. Each ends with a clear message and writes
 * nothing, and the proposals decided before stay as they were.
 */
@WeitblickIntegrationTest
class BadRunInputTests {

	private static final int N = ScorePart.NOT_RECORDED;

	@Autowired
	RunStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	OrganisationManagement organisation;

	StaffMember counsellor;

	@BeforeEach
	void staff() {
		this.counsellor = this.organisation.staffMember("fachkraft").orElseThrow();
	}

	@Test
	void aRunWithoutAnyEligiblePairFailsWithAMessageAndKeepsNothing() {
		RunInputs inputs = new RunInputs(List.of(candidate(), candidate()), List.of(place(3)), List.of());

		UUID run = work(inputs);

		assertFailedWithNothingWritten(run, "matching.failure.no-eligible-pair");
	}

	@Test
	void placesWithoutAFreeSeatAreGivenToNobodyAndEveryoneLearnsWhy() {
		RunInputs inputs = new RunInputs(List.of(candidate(), candidate()), List.of(place(0)),
				List.of(pair(0, 0, 80), pair(1, 0, 60)));

		UUID run = work(inputs);

		assertThat(status(run)).isEqualTo("COMPLETED");
		assertThat(this.jdbc.sql("SELECT reason FROM matching_proposal WHERE run_id = :run")
			.param("run", run)
			.query(String.class)
			.list()).containsOnly("ALL_FULL");
	}

	@Test
	void aNegativeScorePartFailsTheRunWithAMessageAndKeepsNothing() {
		RunInputs inputs = new RunInputs(List.of(candidate(), candidate()), List.of(place(1)),
				List.of(pair(0, 0, 80), pair(1, 0, -5)));

		UUID run = work(inputs);

		assertFailedWithNothingWritten(run, "matching.failure.score-out-of-range");
	}

	@Test
	void missingScorePartsFailTheRunWithAMessageAndKeepNothing() {
		RunInputs inputs = new RunInputs(List.of(candidate()), List.of(place(1)),
				List.of(new RunInputs.Pair(0, 0, new int[] { 50 }, null)));

		UUID run = work(inputs);

		assertFailedWithNothingWritten(run, "matching.failure.score-missing");
	}

	@Test
	void aNegativeCapacityFailsTheRunWithAMessageAndKeepsNothing() {
		RunInputs inputs = new RunInputs(List.of(candidate()), List.of(place(-1)), List.of(pair(0, 0, 50)));

		UUID run = work(inputs);

		assertFailedWithNothingWritten(run, "matching.failure.capacity-negative");
	}

	@Test
	void aFailingRunLeavesTheProposalsDecidedBeforeAsTheyWere() {
		UUID earlier = work(new RunInputs(List.of(candidate()), List.of(place(1)), List.of(pair(0, 0, 70))));
		this.jdbc.sql("UPDATE matching_proposal SET decision = 'ACCEPTED', version = version + 1 WHERE run_id = :run")
			.param("run", earlier)
			.update();

		UUID failing = work(new RunInputs(List.of(candidate()), List.of(place(1)), List.of(pair(0, 0, 101))));

		assertFailedWithNothingWritten(failing, "matching.failure.score-out-of-range");
		assertThat(this.jdbc.sql("SELECT decision FROM matching_proposal WHERE run_id = :run")
			.param("run", earlier)
			.query(String.class)
			.list()).containsExactly("ACCEPTED");
	}

	private UUID work(RunInputs inputs) {
		UUID id = UUID.randomUUID();
		// A scope of its own, so the team's real runs are not held up.
		this.store.open(id, "test:" + id, this.counsellor.username(), Instant.now());
		TeamPlaces fixed = new TeamPlaces(null, null, null, null, null, null, null, null, null, null, null, null) {
			@Override
			public RunInputs read(StaffMember viewer, RunScope scope) {
				return inputs;
			}
		};
		new RunWorker(fixed, this.store, this.jdbc, this.clock).work(id, this.counsellor, RunScope.TEAM);
		return id;
	}

	private String status(UUID run) {
		return this.jdbc.sql("SELECT status FROM matching_run WHERE id = :id")
			.param("id", run)
			.query(String.class)
			.single();
	}

	private void assertFailedWithNothingWritten(UUID run, String messageKey) {
		assertThat(status(run)).isEqualTo("FAILED");
		assertThat(this.jdbc.sql("SELECT failure FROM matching_run WHERE id = :id")
			.param("id", run)
			.query(String.class)
			.single()).isEqualTo(messageKey);
		for (String table : List.of("matching_candidate", "matching_place", "matching_arc", "matching_proposal")) {
			assertThat(this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE run_id = :id")
				.param("id", run)
				.query(Long.class)
				.single()).as(table).isZero();
		}
	}

	private static RunInputs.Candidate candidate() {
		return new RunInputs.Candidate(UUID.randomUUID(), ScoreCard.NO_PLACE, Set.of());
	}

	private static RunInputs.Place place(int capacity) {
		return RunInputs.Place.ofProject(UUID.randomUUID(), UUID.randomUUID(), "Projekt", "2026", capacity);
	}

	private static RunInputs.Pair pair(int candidate, int place, int language) {
		return new RunInputs.Pair(candidate, place, new int[] { N, language, N, N, N, N }, null);
	}

}
