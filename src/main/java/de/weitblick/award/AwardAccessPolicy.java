package de.weitblick.award;

import java.util.EnumSet;
import java.util.Set;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;

/**
 * Who may do what with the award: the employer service and the dialogue's moderation run
 * it; they, the head of department and partner organisations nominate and may sit in the
 * jury; an employer account sees only its own employer's nominations.
 */
final class AwardAccessPolicy {

	private static final Set<Role> RUNS = EnumSet.of(Role.EMPLOYER_SERVICE, Role.MODERATION);

	private static final Set<Role> NOMINATES = EnumSet.of(Role.EMPLOYER_SERVICE, Role.MODERATION, Role.CONTROLLING,
			Role.PARTNER);

	private AwardAccessPolicy() {
	}

	static boolean mayManage(StaffMember viewer) {
		return RUNS.contains(viewer.role());
	}

	static boolean mayNominate(StaffMember viewer) {
		return NOMINATES.contains(viewer.role());
	}

	static boolean maySitInJury(StaffMember member) {
		return NOMINATES.contains(member.role());
	}

	static boolean isEmployerAccount(StaffMember viewer) {
		return viewer.role() == Role.EMPLOYER;
	}

}
