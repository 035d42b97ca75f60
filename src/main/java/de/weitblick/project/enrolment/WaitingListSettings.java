package de.weitblick.project.enrolment;

import java.util.EnumMap;
import java.util.Map;

import de.weitblick.focusgroup.FocusGroupCode;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the waiting list of a full period is ordered ({@link WaitingListPriority}); set
 * under {@code weitblick.waiting-list} and described in the architecture documentation.
 *
 * @param focusGroupPoints points for belonging to a focus group; a group not named counts
 * nothing
 * @param onlyTargetGroups whether only the project's target focus groups count
 * @param pointsPerWaitingWeek points for every full week on the waiting list, so nobody
 * waits for ever behind later referrals
 */
@ConfigurationProperties("weitblick.waiting-list")
public record WaitingListSettings(Map<FocusGroupCode, Integer> focusGroupPoints, Boolean onlyTargetGroups,
		Integer pointsPerWaitingWeek) {

	public WaitingListSettings {
		Map<FocusGroupCode, Integer> points = new EnumMap<>(FocusGroupCode.class);
		if (focusGroupPoints != null) {
			points.putAll(focusGroupPoints);
		}
		if (points.values().stream().anyMatch(value -> value == null || value < 0)) {
			throw new IllegalArgumentException("weitblick.waiting-list.focus-group-points must be zero or more");
		}
		focusGroupPoints = Map.copyOf(points);
		onlyTargetGroups = (onlyTargetGroups == null) || onlyTargetGroups;
		pointsPerWaitingWeek = (pointsPerWaitingWeek != null) ? pointsPerWaitingWeek : 1;
		if (pointsPerWaitingWeek < 0) {
			throw new IllegalArgumentException("weitblick.waiting-list.points-per-waiting-week must be zero or more");
		}
	}

	/**
	 * @return the points of a group, zero when it is not named; never negative
	 */
	public int pointsOf(FocusGroupCode group) {
		return this.focusGroupPoints.getOrDefault(group, 0);
	}

}
