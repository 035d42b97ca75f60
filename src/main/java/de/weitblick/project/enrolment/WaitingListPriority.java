package de.weitblick.project.enrolment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * The order of a waiting list. Each person gets points: for every focus group they
 * belonged to when referred (by default only the project's target groups), the group's
 * configured points, plus the configured points for every full week waited. More points
 * come first; with equal points the earlier referral comes first, to the second. The
 * points change with time, so the order is computed whenever it is needed, never stored.
 */
public final class WaitingListPriority {

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private WaitingListPriority() {
	}

	/**
	 * @param waiting the entries of one waiting list, must not be null
	 * @param targetGroups the project's target focus groups, must not be null
	 * @param settings must not be null
	 * @param today must not be null
	 * @return the entries in the order places are offered, with their positions from 1;
	 * never null
	 */
	public static List<Ranked> order(Collection<Waiting> waiting, Collection<FocusGroupCode> targetGroups,
			WaitingListSettings settings, LocalDate today) {
		List<Ranked> unordered = waiting.stream().map(entry -> rank(entry, targetGroups, settings, today)).toList();
		List<Ranked> sorted = unordered.stream()
			.sorted(Comparator.comparingInt(Ranked::points)
				.reversed()
				.thenComparing(ranked -> ranked.entry().referredAt())
				.thenComparing(ranked -> ranked.entry().id()))
			.toList();
		return java.util.stream.IntStream.range(0, sorted.size())
			.mapToObj(index -> sorted.get(index).at(index + 1))
			.toList();
	}

	private static Ranked rank(Waiting entry, Collection<FocusGroupCode> targetGroups, WaitingListSettings settings,
			LocalDate today) {
		List<FocusGroupCode> counted = entry.focusGroups()
			.stream()
			.filter(group -> !settings.onlyTargetGroups() || targetGroups.contains(group))
			.filter(group -> settings.pointsOf(group) > 0)
			.sorted()
			.toList();
		int groupPoints = counted.stream().mapToInt(settings::pointsOf).sum();
		LocalDate referredOn = entry.referredAt().atZone(OFFICE_ZONE).toLocalDate();
		int weeks = (int) Math.max(0, ChronoUnit.WEEKS.between(referredOn, today));
		int points = groupPoints + weeks * settings.pointsPerWaitingWeek();
		return new Ranked(entry, 0, points, counted, groupPoints, weeks);
	}

	/**
	 * One entry of a waiting list as the order needs it.
	 */
	public record Waiting(UUID id, List<FocusGroupCode> focusGroups, java.time.Instant referredAt) {
	}

	/**
	 * An entry with its place in the order and why.
	 *
	 * @param entry never null
	 * @param position from 1
	 * @param points all points
	 * @param countedGroups the focus groups that gave points
	 * @param groupPoints the points for the focus groups
	 * @param weeksWaited full weeks on the list
	 */
	public record Ranked(Waiting entry, int position, int points, List<FocusGroupCode> countedGroups, int groupPoints,
			int weeksWaited) {

		Ranked at(int position) {
			return new Ranked(this.entry, position, this.points, this.countedGroups, this.groupPoints,
					this.weeksWaited);
		}

	}

}
