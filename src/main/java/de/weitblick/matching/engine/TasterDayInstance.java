package de.weitblick.matching.engine;

import java.util.List;
import java.util.Map;

/**
 * Taster days ("Handwerk live"): pupils with interests in trades, slots that businesses
 * offer (a trade on a day with seats, in a district), and the travel time between
 * districts. Each pupil gets at most {@code slotsPerPupil} slots, in different trades
 * they are interested in, never two on one day, and never one further away than
 * {@code maximumTravelMinutes}.
 *
 * @param pupils the pupils
 * @param slots the slots
 * @param travelMinutes travel time from a district (row) to a district (column)
 * @param maximumTravelMinutes the bound for one trip
 * @param slotsPerPupil slots a pupil gets at most
 */
public record TasterDayInstance(List<Pupil> pupils, List<Slot> slots, int[][] travelMinutes, int maximumTravelMinutes,
		int slotsPerPupil) {

	/**
	 * @param district number of the pupil's home district
	 * @param interest per trade number, how much the pupil wants it (1..10); trades not
	 * named are not wanted
	 */
	public record Pupil(int district, Map<Integer, Integer> interest) {
	}

	/**
	 * @param trade the trade's number
	 * @param day the day's number
	 * @param seats seats in the slot
	 * @param district number of the business's district
	 */
	public record Slot(int trade, int day, int seats, int district) {
	}

	/**
	 * @return whether the pupil may take the slot: an interesting trade within reach
	 */
	public boolean allows(Pupil pupil, Slot slot) {
		return pupil.interest().containsKey(slot.trade()) && slot.seats() > 0
				&& this.travelMinutes[pupil.district()][slot.district()] <= this.maximumTravelMinutes;
	}

}
