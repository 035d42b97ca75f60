package de.weitblick.matching.taster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.matching.engine.TasterDayInstance;

/**
 * What a taster-day schedule is made from, as kept with it: the rules, the pupils and the
 * slots. The solver's instance is built from exactly this, so a kept schedule can be made
 * again.
 *
 * @param rules the rules the schedule is made under
 * @param pupils the pupils, in the order of their numbers
 * @param slots the slots, in the order of their numbers
 */
public record TasterInputs(Rules rules, List<Pupil> pupils, List<Slot> slots) {

	/**
	 * @param slotsPerPupil slots a pupil gets at most
	 * @param maximumTravelMinutes the bound for one trip
	 * @param sameDistrictMinutes estimated travel within a district
	 * @param otherDistrictMinutes estimated travel between two districts (or from an
	 * unknown one)
	 * @param wanted what a trade named in the pupil's occupation interests counts
	 * @param open what any other trade counts
	 * @param timeLimitSeconds the solver's time limit
	 */
	public record Rules(int slotsPerPupil, int maximumTravelMinutes, int sameDistrictMinutes, int otherDistrictMinutes,
			int wanted, int open, int timeLimitSeconds) {
	}

	/**
	 * @param participantId the person
	 * @param district the home district, normalised, empty when unknown
	 * @param wantedTrades the trade keys of the slots their occupation interests name
	 */
	public record Pupil(UUID participantId, String district, List<String> wantedTrades) {
	}

	/**
	 * @param offerId the employer's taster-slot offer
	 * @param employerName the business
	 * @param trade the trade as the business names it, or null
	 * @param tradeKey the trade (or else the title) normalised, to tell trades apart
	 * @param day the day
	 * @param seats seats in the slot
	 * @param district the business's district, normalised, empty when unknown
	 */
	public record Slot(UUID offerId, String employerName, String trade, String tradeKey, LocalDate day, int seats,
			String district) {
	}

	/**
	 * @return the solver's instance: trades, days and districts numbered in the order
	 * they first appear
	 */
	public TasterDayInstance instance() {
		Map<String, Integer> trades = new HashMap<>();
		Map<LocalDate, Integer> days = new HashMap<>();
		Map<String, Integer> districts = new HashMap<>();
		List<TasterDayInstance.Slot> instanceSlots = new ArrayList<>();
		for (Slot slot : this.slots) {
			instanceSlots.add(new TasterDayInstance.Slot(trades.computeIfAbsent(slot.tradeKey(), t -> trades.size()),
					days.computeIfAbsent(slot.day(), d -> days.size()), slot.seats(),
					districts.computeIfAbsent(slot.district(), d -> districts.size())));
		}
		List<TasterDayInstance.Pupil> instancePupils = new ArrayList<>();
		for (Pupil pupil : this.pupils) {
			Map<Integer, Integer> interest = new HashMap<>();
			trades.forEach((trade, number) -> interest.put(number,
					pupil.wantedTrades().contains(trade) ? this.rules.wanted() : this.rules.open()));
			instancePupils.add(new TasterDayInstance.Pupil(
					districts.computeIfAbsent(pupil.district(), d -> districts.size()), interest));
		}
		int[][] travel = new int[districts.size()][districts.size()];
		for (int a = 0; a < travel.length; a++) {
			for (int b = 0; b < travel.length; b++) {
				travel[a][b] = (a == b) ? this.rules.sameDistrictMinutes() : this.rules.otherDistrictMinutes();
			}
		}
		return new TasterDayInstance(instancePupils, instanceSlots, travel, this.rules.maximumTravelMinutes(),
				this.rules.slotsPerPupil());
	}

}
