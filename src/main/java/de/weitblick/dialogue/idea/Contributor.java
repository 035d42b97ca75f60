package de.weitblick.dialogue.idea;

import java.util.Locale;
import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;

/**
 * Who writes, supports or reports: a signed-in staff member or partner, or a member of
 * the public known only by a confirmed e-mail address, which is never shown.
 *
 * @param staffId the account, or null for the public
 * @param email the confirmed address of a member of the public, or null for staff
 * @param name the name shown with what they write, never null
 * @param role the staff role, or null for the public
 */
public record Contributor(UUID staffId, String email, String name, Role role) {

	public static Contributor staff(StaffMember member) {
		return new Contributor(member.id(), null, member.displayName(), member.role());
	}

	/**
	 * @param email a confirmed address, must not be null
	 * @param name the name the person chose to be shown, or blank for none
	 */
	public static Contributor ofPublic(String email, String name) {
		return new Contributor(null, email.trim().toLowerCase(Locale.ROOT), name, null);
	}

	public boolean isPublic() {
		return this.staffId == null;
	}

	/**
	 * @return the key that makes a support unique per person
	 */
	String supporterKey() {
		return isPublic() ? "mail:" + this.email : "staff:" + this.staffId;
	}

	boolean isModerator() {
		return this.role == Role.MODERATION || this.role == Role.ADMINISTRATOR;
	}

}
