package de.weitblick.participant.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseAccessGrants;
import de.weitblick.participant.CaseGrant;
import de.weitblick.participant.CaseSection;
import de.weitblick.participant.CaseView;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may see and change whose case file (§ 35 SGB I: only those who need it for their
 * task). A counsellor works with the cases of the own team, the own caseload included,
 * and sees all of them. Others see a case only through a grant of a module whose work
 * needs it ({@link CaseAccessGrants}): a project lead, an instructor, each with the view
 * their work needs. Every other role sees no case file at all, administrators included.
 * Only the responsible team changes a case file.
 *
 * <p>
 * Public because the case file's readers in the base package and the search ask it too;
 * outside the module's base package, no other module reaches it.
 */
@Component
public class CaseAccessPolicy {

	private final ObjectProvider<CaseAccessGrants> grants;

	private final Clock clock;

	CaseAccessPolicy(ObjectProvider<CaseAccessGrants> grants, Clock clock) {
		this.grants = grants;
		this.clock = clock;
	}

	/**
	 * What the viewer may see of one case today.
	 * @return empty when the viewer may not see it at all
	 */
	public Optional<Access> access(StaffMember viewer, Participant participant) {
		if (isCounsellorOfTeam(viewer, participant)) {
			return Optional.of(Access.TEAM);
		}
		if (viewer.role() == Role.COUNSELLOR) {
			// The team's rule is the whole rule for counsellors; grants are for the work
			// of other roles.
			return Optional.empty();
		}
		List<CaseGrant> found = new ArrayList<>();
		this.grants.orderedStream().forEach(source -> found.addAll(source.grantsOn(participant.id(), viewer, today())));
		return found.isEmpty() ? Optional.empty() : Optional.of(Access.granted(found));
	}

	public boolean mayChange(StaffMember viewer, Participant participant) {
		return isCounsellorOfTeam(viewer, participant);
	}

	/**
	 * Whether the viewer finds the people of its own unit by name and date of birth
	 * without keeping their case files: counsellors, and the employer service proposing
	 * people for offers and planning recognition modules.
	 * @param viewer must not be null
	 * @return false for every other role and for an account without a unit
	 */
	public static boolean findsOwnTeam(StaffMember viewer) {
		return (viewer.role() == Role.COUNSELLOR || viewer.role() == Role.EMPLOYER_SERVICE) && viewer.unitId() != null;
	}

	public static boolean mayRegister(StaffMember viewer) {
		return viewer.role() == Role.COUNSELLOR && viewer.unitId() != null;
	}

	/**
	 * The same rule for lists: the cases a viewer may see, as a condition over the table
	 * aliased {@code p} with the parameters {@code viewerUnit} and {@code granted}, and
	 * the grants of each case seen through one.
	 * @param needed the sections a search criterion or sort order reveals; a case is
	 * found through a grant only when its view shows them all; must not be null
	 * @return never null
	 */
	public Scope scope(StaffMember viewer, Set<CaseSection> needed) {
		if (viewer.role() == Role.COUNSELLOR) {
			return new Scope(mayRegister(viewer) ? Scope.TEAM : "FALSE", Map.of());
		}
		Map<ParticipantId, List<CaseGrant>> all = new LinkedHashMap<>();
		this.grants.orderedStream()
			.forEach(source -> source.grantsTo(viewer, today())
				.forEach((id, grants) -> all.computeIfAbsent(id, key -> new ArrayList<>()).addAll(grants)));
		Map<ParticipantId, List<CaseGrant>> found = new LinkedHashMap<>();
		all.forEach((id, grants) -> {
			if (Access.granted(grants).view().sections().containsAll(needed)) {
				found.put(id, List.copyOf(grants));
			}
		});
		return new Scope(found.isEmpty() ? "FALSE" : "p.id = ANY(:granted)", found);
	}

	private static boolean isCounsellorOfTeam(StaffMember viewer, Participant participant) {
		return viewer.role() == Role.COUNSELLOR && viewer.unitId() != null
				&& viewer.unitId().equals(participant.responsibleUnitId());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * What one viewer may see of one case, and why.
	 *
	 * @param view never null
	 * @param grants the grants it rests on, empty for the responsible team; never null
	 */
	public record Access(CaseView view, List<CaseGrant> grants) {

		public static final Access TEAM = new Access(CaseView.FULL, List.of());

		public static Access granted(List<CaseGrant> grants) {
			return new Access(CaseView.widest(grants.stream().map(CaseGrant::view).toList()), List.copyOf(grants));
		}

		public boolean isTeam() {
			return this.grants.isEmpty();
		}

		/**
		 * @param asked the purpose the caller names
		 * @return the purpose a read is audited with: a grant's own purpose, otherwise
		 * the one asked for
		 */
		public de.weitblick.privacy.AccessPurpose purpose(de.weitblick.privacy.AccessPurpose asked) {
			return isTeam() ? asked : this.grants.get(0).purpose();
		}

		/**
		 * @return the basis of a grant for the audit trail, null for the team
		 */
		public de.weitblick.privacy.AuditDetail auditDetail() {
			// A viewer who holds several grants on one case is a rare case: the first
			// names the basis, the others stay in the access rules.
			return isTeam() ? null : this.grants.get(0).auditDetail();
		}

	}

	/**
	 * The cases a viewer may see, for a list's SQL.
	 *
	 * @param condition SQL over the table aliased {@code p}, never null
	 * @param grants the cases seen through grants, with them; empty for a team
	 */
	public record Scope(String condition, Map<ParticipantId, List<CaseGrant>> grants) {

		private static final String TEAM = "p.responsible_unit_id = :viewerUnit";

		public UUID[] grantedIds() {
			return this.grants.keySet().stream().map(ParticipantId::id).toArray(UUID[]::new);
		}

		public boolean isGranted() {
			return !this.grants.isEmpty();
		}

		/**
		 * @return whether the viewer sees the cases of its own team, and only those
		 */
		public boolean isTeam() {
			return TEAM.equals(this.condition);
		}

	}

}
