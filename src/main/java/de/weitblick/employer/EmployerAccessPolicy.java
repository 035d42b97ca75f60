package de.weitblick.employer;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;

/**
 * Who may do what with employers: the employer service works with all of them; an
 * employer account reads its own employer and maintains its offers, nothing else.
 */
final class EmployerAccessPolicy {

	private EmployerAccessPolicy() {
	}

	static boolean mayRegister(StaffMember viewer) {
		return viewer.role() == Role.EMPLOYER_SERVICE;
	}

	static boolean mayReadAll(StaffMember viewer) {
		return viewer.role() == Role.EMPLOYER_SERVICE;
	}

	static boolean isEmployerAccount(StaffMember viewer) {
		return viewer.role() == Role.EMPLOYER;
	}

}
