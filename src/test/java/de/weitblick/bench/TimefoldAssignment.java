package de.weitblick.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

import de.weitblick.matching.engine.AssignmentInstance;

/**
 * The same participant × place problem in Timefold Solver, the planning engine a Java
 * team would reach for: one planning entity per participant whose variable is its place
 * (or none), a hard capacity constraint and the cost as soft score.
 */
public final class TimefoldAssignment {

	private TimefoldAssignment() {
	}

	/**
	 * @return the cost of the best assignment Timefold finds in the time, or -1 when it
	 * breaks a capacity
	 */
	static long solve(AssignmentInstance instance, Duration budget) {
		List<Place> places = new ArrayList<>();
		for (int p = 0; p < instance.places(); p++) {
			places.add(new Place(p, instance.capacities()[p]));
		}
		List<List<Place>> eligible = new ArrayList<>();
		List<List<Long>> costs = new ArrayList<>();
		for (int i = 0; i < instance.participants(); i++) {
			eligible.add(new ArrayList<>());
			costs.add(new ArrayList<>());
		}
		for (int a = 0; a < instance.arcs(); a++) {
			eligible.get(instance.arcParticipant()[a]).add(places.get(instance.arcPlace()[a]));
			costs.get(instance.arcParticipant()[a]).add(instance.arcCost()[a]);
		}
		List<Participant> participants = new ArrayList<>();
		for (int i = 0; i < instance.participants(); i++) {
			participants.add(new Participant(i, eligible.get(i),
					costs.get(i).stream().mapToLong(Long::longValue).toArray(), instance.unassignedCost()[i]));
		}
		SolverConfig config = new SolverConfig().withSolutionClass(Plan.class)
			.withEntityClasses(Participant.class)
			.withConstraintProviderClass(Constraints.class)
			.withTerminationSpentLimit(budget);
		Plan solved = SolverFactory.<Plan>create(config).buildSolver().solve(new Plan(places, participants));
		if (solved.score.hardScore() < 0) {
			return -1;
		}
		return -solved.score.softScore();
	}

	/** A place with its capacity. */
	public static final class Place {

		public int id;

		public int capacity;

		public Place() {
		}

		Place(int id, int capacity) {
			this.id = id;
			this.capacity = capacity;
		}

	}

	/** A participant, planned onto one of the eligible places or none. */
	@PlanningEntity
	public static final class Participant {

		public int id;

		public List<Place> eligible;

		public long[] costs;

		public long unassignedCost;

		@PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "eligible")
		public Place place;

		public Participant() {
		}

		Participant(int id, List<Place> eligible, long[] costs, long unassignedCost) {
			this.id = id;
			this.eligible = eligible;
			this.costs = costs;
			this.unassignedCost = unassignedCost;
		}

		@ValueRangeProvider(id = "eligible")
		public List<Place> eligiblePlaces() {
			return this.eligible;
		}

		long cost() {
			if (this.place == null) {
				return this.unassignedCost;
			}
			for (int k = 0; k < this.eligible.size(); k++) {
				if (this.eligible.get(k) == this.place) {
					return this.costs[k];
				}
			}
			throw new IllegalStateException("place not eligible");
		}

	}

	/** The planning solution. */
	@PlanningSolution
	public static final class Plan {

		@ProblemFactCollectionProperty
		public List<Place> places;

		@PlanningEntityCollectionProperty
		public List<Participant> participants;

		@PlanningScore
		public HardSoftScore score;

		public Plan() {
		}

		Plan(List<Place> places, List<Participant> participants) {
			this.places = places;
			this.participants = participants;
		}

	}

	/** Capacity (hard) and cost (soft). */
	public static final class Constraints implements ConstraintProvider {

		@Override
		public Constraint[] defineConstraints(ConstraintFactory factory) {
			return new Constraint[] {
					factory.forEach(Participant.class)
						.groupBy(participant -> participant.place, ConstraintCollectors.count())
						.filter((place, count) -> count > place.capacity)
						.penalize(HardSoftScore.ONE_HARD, (place, count) -> count - place.capacity)
						.asConstraint("capacity"),
					factory.forEachIncludingUnassigned(Participant.class)
						.penalize(HardSoftScore.ONE_SOFT, Participant::cost)
						.asConstraint("cost") };
		}

	}

}
