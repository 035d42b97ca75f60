package de.weitblick.matching;

import java.util.Arrays;
import java.util.List;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.Actor;

/**
 * Who may match, and over which scopes: counsellors, for the runs and schedules of their
 * team.
 */
final class MatchingAccess {

	private MatchingAccess() {
	}

	static boolean mayMatch(StaffMember viewer) {
		return viewer.role() == Role.COUNSELLOR && viewer.unitId() != null;
	}

	/**
	 * @return the keys of the viewer's team's scopes
	 */
	static List<String> scopes(StaffMember viewer) {
		return Arrays.stream(RunScope.values()).map(scope -> scope.keyOf(viewer)).toList();
	}

	static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

}
