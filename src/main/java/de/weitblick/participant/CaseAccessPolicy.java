package de.weitblick.participant;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;

/**
 * Who may see and change whose case file (§ 35 SGB I: only those who need it for their
 * task). A counsellor works with the cases of the own team, the own caseload included.
 * Project leads and instructors will see the participants of their projects once
 * enrolments exist; every other role sees no case file at all, administrators included.
 */
final class CaseAccessPolicy {

	private CaseAccessPolicy() {
	}

	static boolean mayRead(StaffMember viewer, Participant participant) {
		return isCounsellorOfTeam(viewer, participant);
	}

	static boolean mayChange(StaffMember viewer, Participant participant) {
		return isCounsellorOfTeam(viewer, participant);
	}

	static boolean mayRegister(StaffMember viewer) {
		return viewer.role() == Role.COUNSELLOR && viewer.unitId() != null;
	}

	/**
	 * The same rule as SQL over the table aliased {@code p}, with the parameter
	 * {@code viewerUnit}.
	 */
	static String sqlCondition(StaffMember viewer) {
		return mayRegister(viewer) ? "p.responsible_unit_id = :viewerUnit" : "FALSE";
	}

	private static boolean isCounsellorOfTeam(StaffMember viewer, Participant participant) {
		return viewer.role() == Role.COUNSELLOR && viewer.unitId() != null
				&& viewer.unitId().equals(participant.responsibleUnitId());
	}

}
