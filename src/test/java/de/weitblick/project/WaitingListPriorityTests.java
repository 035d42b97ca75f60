package de.weitblick.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.project.enrolment.WaitingListPriority.Ranked;
import de.weitblick.project.enrolment.WaitingListPriority.Waiting;
import de.weitblick.project.enrolment.WaitingListPriority;
import de.weitblick.project.enrolment.WaitingListSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order in which free places are offered, without Spring.
 */
class WaitingListPriorityTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static final WaitingListSettings DEFAULTS = new WaitingListSettings(
			Map.of(FocusGroupCode.YOUNG_PEOPLE, 10, FocusGroupCode.MIGRATION_HISTORY, 10,
					FocusGroupCode.LONG_TERM_UNEMPLOYED, 10, FocusGroupCode.WOMEN, 10, FocusGroupCode.SGB_XII, 10),
			true, 1);

	private static final List<FocusGroupCode> IN_MIGRA = List.of(FocusGroupCode.YOUNG_PEOPLE,
			FocusGroupCode.MIGRATION_HISTORY);

	@Test
	void twoTargetGroupsComeBeforeOneAndOtherGroupsDoNotCount() {
		Waiting one = waiting(daysAgo(1), FocusGroupCode.YOUNG_PEOPLE, FocusGroupCode.WOMEN);
		Waiting two = waiting(daysAgo(0), FocusGroupCode.YOUNG_PEOPLE, FocusGroupCode.MIGRATION_HISTORY);

		List<Ranked> order = WaitingListPriority.order(List.of(one, two), IN_MIGRA, DEFAULTS, TODAY);

		assertThat(order).extracting(ranked -> ranked.entry().id()).containsExactly(two.id(), one.id());
		assertThat(order).extracting(Ranked::position).containsExactly(1, 2);
		assertThat(order.get(1).countedGroups()).containsExactly(FocusGroupCode.YOUNG_PEOPLE);
	}

	@Test
	void tenWeeksOfWaitingOutweighOneMoreTargetGroup() {
		Waiting longWaiting = waiting(daysAgo(7 * 11), FocusGroupCode.YOUNG_PEOPLE);
		Waiting twoGroups = waiting(daysAgo(0), FocusGroupCode.YOUNG_PEOPLE, FocusGroupCode.MIGRATION_HISTORY);

		List<Ranked> order = WaitingListPriority.order(List.of(twoGroups, longWaiting), IN_MIGRA, DEFAULTS, TODAY);

		assertThat(order.get(0).entry()).isEqualTo(longWaiting);
		assertThat(order.get(0).weeksWaited()).isEqualTo(11);
		assertThat(order.get(0).points()).isEqualTo(21);
		assertThat(order.get(1).points()).isEqualTo(20);
	}

	@Test
	void equalPointsGoByTheEarlierReferral() {
		Waiting earlier = waiting(Instant.parse("2026-11-25T08:00:00Z"), FocusGroupCode.YOUNG_PEOPLE);
		Waiting later = waiting(Instant.parse("2026-11-25T09:00:00Z"), FocusGroupCode.YOUNG_PEOPLE);

		assertThat(WaitingListPriority.order(List.of(later, earlier), IN_MIGRA, DEFAULTS, TODAY))
			.extracting(ranked -> ranked.entry().id())
			.containsExactly(earlier.id(), later.id());
	}

	@Test
	void everyGroupCountsWhenNotOnlyTargetGroupsAreAsked() {
		WaitingListSettings allGroups = new WaitingListSettings(Map.of(FocusGroupCode.WOMEN, 5), false, 0);
		Waiting woman = waiting(daysAgo(0), FocusGroupCode.WOMEN);

		Ranked ranked = WaitingListPriority.order(List.of(woman), IN_MIGRA, allGroups, TODAY).get(0);

		assertThat(ranked.points()).isEqualTo(5);
		assertThat(ranked.countedGroups()).containsExactly(FocusGroupCode.WOMEN);
	}

	@Test
	void negativePointsAreRefusedAtStart() {
		assertThatThrownBy(() -> new WaitingListSettings(Map.of(FocusGroupCode.WOMEN, -1), true, 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new WaitingListSettings(Map.of(), true, -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Instant daysAgo(int days) {
		return TODAY.minusDays(days).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
	}

	private static Waiting waiting(Instant referredAt, FocusGroupCode... groups) {
		return new Waiting(UUID.randomUUID(), List.of(groups), referredAt);
	}

}
