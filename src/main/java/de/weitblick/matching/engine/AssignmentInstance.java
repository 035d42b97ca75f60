package de.weitblick.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A participants × places assignment problem: places with a capacity, allowed
 * (participant, place) arcs with a cost to minimise and a size (1 for a plain place), and
 * for every participant the cost of leaving them without a place, or none when they must
 * get one. Side constraints: locked and excluded arcs, group quotas (a minimum number of
 * places for the members of a group) and a bonus for keeping an earlier proposal.
 * Participants and places are numbered from 0.
 *
 * @param participants number of participants
 * @param capacities per place, in size units
 * @param arcParticipant per arc, its participant
 * @param arcPlace per arc, its place
 * @param arcCost per arc, the cost to minimise
 * @param arcSize per arc, the capacity it uses
 * @param unassignedCost per participant, the cost of no place, or {@link #MUST_ASSIGN}
 * @param locked arcs that must be chosen
 * @param quotas minimum places per group
 * @param keepBonus per arc, the saving of keeping it (0 when it was not proposed before)
 */
public record AssignmentInstance(int participants, int[] capacities, int[] arcParticipant, int[] arcPlace,
		long[] arcCost, int[] arcSize, long[] unassignedCost, int[] locked, List<GroupQuota> quotas, long[] keepBonus) {

	/** The participant must get a place: there is no arc to "no place". */
	public static final long MUST_ASSIGN = Long.MIN_VALUE;

	/**
	 * @return the number of places
	 */
	public int places() {
		return this.capacities.length;
	}

	/**
	 * @return the number of allowed arcs
	 */
	public int arcs() {
		return this.arcParticipant.length;
	}

	/**
	 * @return whether every arc uses one unit of capacity and there is no quota, so that
	 * a min-cost flow solves the instance exactly
	 */
	public boolean isFlow() {
		return this.quotas.isEmpty() && Arrays.stream(this.arcSize).allMatch(size -> size == 1);
	}

	/**
	 * A minimum number of places for the members of a group.
	 *
	 * @param members participant numbers
	 * @param minimum places the members get together, at least
	 */
	public record GroupQuota(int[] members, int minimum) {
	}

	/**
	 * @param participants number of participants
	 * @param capacities per place
	 * @return a builder that collects the arcs
	 */
	public static Builder builder(int participants, int[] capacities) {
		return new Builder(participants, capacities);
	}

	/**
	 * Collects arcs into primitive arrays, so millions of arcs stay compact.
	 */
	public static final class Builder {

		private final int participants;

		private final int[] capacities;

		private int[] tails = new int[1024];

		private int[] heads = new int[1024];

		private long[] costs = new long[1024];

		private int[] sizes = new int[1024];

		private long[] bonus;

		private int count;

		private final long[] unassigned;

		private final List<Integer> locked = new ArrayList<>();

		private final List<GroupQuota> quotas = new ArrayList<>();

		private Builder(int participants, int[] capacities) {
			this.participants = participants;
			this.capacities = capacities.clone();
			this.unassigned = new long[participants];
			Arrays.fill(this.unassigned, MUST_ASSIGN);
		}

		/**
		 * Adds an arc of size 1.
		 * @return the arc's number
		 */
		public int arc(int participant, int place, long cost) {
			return arc(participant, place, cost, 1);
		}

		/**
		 * Adds an arc.
		 * @return the arc's number
		 */
		public int arc(int participant, int place, long cost, int size) {
			if (participant < 0 || participant >= this.participants || place < 0 || place >= this.capacities.length) {
				throw new IllegalArgumentException("arc " + participant + " → " + place + " is outside the instance");
			}
			if (this.count == this.tails.length) {
				int grown = this.count * 2;
				this.tails = Arrays.copyOf(this.tails, grown);
				this.heads = Arrays.copyOf(this.heads, grown);
				this.costs = Arrays.copyOf(this.costs, grown);
				this.sizes = Arrays.copyOf(this.sizes, grown);
				if (this.bonus != null) {
					this.bonus = Arrays.copyOf(this.bonus, grown);
				}
			}
			this.tails[this.count] = participant;
			this.heads[this.count] = place;
			this.costs[this.count] = cost;
			this.sizes[this.count] = size;
			return this.count++;
		}

		/**
		 * Lets the participant go without a place at the given cost.
		 */
		public Builder unassigned(int participant, long cost) {
			this.unassigned[participant] = cost;
			return this;
		}

		/**
		 * Forces the arc into every solution.
		 */
		public Builder lock(int arc) {
			this.locked.add(arc);
			return this;
		}

		/**
		 * Marks the arc as proposed before: not choosing it again costs the bonus.
		 */
		public Builder keep(int arc, long bonus) {
			if (this.bonus == null) {
				this.bonus = new long[this.tails.length];
			}
			this.bonus[arc] = bonus;
			return this;
		}

		/**
		 * Requires at least {@code minimum} places for the members together.
		 */
		public Builder quota(int[] members, int minimum) {
			this.quotas.add(new GroupQuota(members.clone(), minimum));
			return this;
		}

		/**
		 * @return the instance
		 */
		public AssignmentInstance build() {
			long[] keep = (this.bonus == null) ? new long[this.count] : Arrays.copyOf(this.bonus, this.count);
			return new AssignmentInstance(this.participants, this.capacities, Arrays.copyOf(this.tails, this.count),
					Arrays.copyOf(this.heads, this.count), Arrays.copyOf(this.costs, this.count),
					Arrays.copyOf(this.sizes, this.count), this.unassigned.clone(),
					this.locked.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(this.quotas), keep);
		}

	}

}
