package de.weitblick.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A team's taster-day schedule ("Handwerk live") as a counsellor reads it: per pupil and
 * per business, with the interest met and the gap to CP-SAT's bound.
 *
 * @param id the schedule
 * @param status where the scheduling stands
 * @param startedBy the user name of who started it
 * @param startedAt when it was started
 * @param finishedAt when it was completed or failed, or null
 * @param pupils pupils considered
 * @param slots taster slots considered
 * @param interest the total interest met, the sum the schedule maximises
 * @param bound CP-SAT's proven upper bound of it
 * @param optimal whether the schedule is proven best
 * @param gapPermille the gap to the bound in thousandths of the bound
 * @param failure the message key of why it failed, or null
 * @param byPupil per pupil with at least one slot, by name (empty in lists)
 * @param byBusiness per slot, by day (empty in lists)
 */
public record TasterDayView(UUID id, RunStatus status, String startedBy, Instant startedAt, Instant finishedAt,
		int pupils, int slots, long interest, long bound, boolean optimal, int gapPermille, String failure,
		List<PupilRow> byPupil, List<SlotRow> byBusiness) {

	/**
	 * @param name the pupil's name
	 * @param slots the pupil's slots in day order
	 */
	public record PupilRow(String name, List<SlotRow> slots) {
	}

	/**
	 * @param employerName the business
	 * @param trade the trade shown
	 * @param day the day
	 * @param seats seats in the slot
	 * @param pupils the names of the pupils given the slot
	 */
	public record SlotRow(String employerName, String trade, LocalDate day, int seats, List<String> pupils) {
	}

}
