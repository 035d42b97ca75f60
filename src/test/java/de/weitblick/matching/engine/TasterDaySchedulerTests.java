package de.weitblick.matching.engine;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taster-day schedules keep every rule of the scheme and say how far they are from the
 * best possible.
 */
class TasterDaySchedulerTests {

	private final TasterDayScheduler scheduler = new TasterDayScheduler(Duration.ofSeconds(10), 2);

	private static final int[][] TRAVEL = { { 0, 20, 50 }, { 20, 0, 30 }, { 50, 30, 0 } };

	@Test
	void aPupilGetsDifferentTradesOnDifferentDaysWithinReachAndNoSlotIsOverbooked() {
		Random random = new Random(7);
		List<TasterDayInstance.Pupil> pupils = java.util.stream.IntStream.range(0, 40)
			.mapToObj(i -> new TasterDayInstance.Pupil(random.nextInt(3),
					Map.of(random.nextInt(3), 1 + random.nextInt(10), 3 + random.nextInt(3), 1 + random.nextInt(10))))
			.toList();
		List<TasterDayInstance.Slot> slots = java.util.stream.IntStream.range(0, 24)
			.mapToObj(s -> new TasterDayInstance.Slot(s % 6, s % 4, 1 + random.nextInt(4), random.nextInt(3)))
			.toList();
		TasterDayInstance instance = new TasterDayInstance(pupils, slots, TRAVEL, 30, 2);

		TasterDaySchedule schedule = this.scheduler.schedule(instance);

		assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
		assertThat(schedule.gap()).isZero();
		int[] seated = new int[slots.size()];
		long interest = 0;
		for (int i = 0; i < pupils.size(); i++) {
			List<Integer> mine = schedule.slotsOfPupil().get(i);
			assertThat(mine).hasSizeLessThanOrEqualTo(2);
			Set<Integer> days = new HashSet<>();
			Set<Integer> trades = new HashSet<>();
			for (int s : mine) {
				TasterDayInstance.Slot slot = slots.get(s);
				assertThat(days.add(slot.day())).as("one slot a day").isTrue();
				assertThat(trades.add(slot.trade())).as("different trades").isTrue();
				assertThat(pupils.get(i).interest()).containsKey(slot.trade());
				assertThat(TRAVEL[pupils.get(i).district()][slot.district()]).isLessThanOrEqualTo(30);
				seated[s]++;
				interest += pupils.get(i).interest().get(slot.trade());
			}
		}
		for (int s = 0; s < slots.size(); s++) {
			assertThat(seated[s]).isLessThanOrEqualTo(slots.get(s).seats());
		}
		assertThat(interest).isEqualTo(schedule.interest()).isPositive();
	}

	@Test
	void aSlotBeyondTheTravelBoundIsNeverGiven() {
		TasterDayInstance instance = new TasterDayInstance(List.of(new TasterDayInstance.Pupil(0, Map.of(1, 5))),
				List.of(new TasterDayInstance.Slot(1, 0, 3, 2)), TRAVEL, 30, 3);

		TasterDaySchedule schedule = this.scheduler.schedule(instance);

		assertThat(schedule.slotsOfPupil().get(0)).isEmpty();
		assertThat(schedule.interest()).isZero();
	}

}
