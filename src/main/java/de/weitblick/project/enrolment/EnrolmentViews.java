package de.weitblick.project.enrolment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.PartnerOrganisationId;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantDirectory;
import de.weitblick.participant.ParticipantId;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.project.Enrolment;
import de.weitblick.project.EnrolmentView;
import de.weitblick.project.Enrolments;
import de.weitblick.project.PlacePeriod;
import de.weitblick.project.Project;
import de.weitblick.project.access.ProjectAccessPolicy;
import de.weitblick.project.enrolment.WaitingListPriority.Ranked;

import org.springframework.stereotype.Component;

/**
 * Who may see an enrolment and how it is shown: the rule and the view that changing and
 * listing enrolments share.
 */
@Component
public class EnrolmentViews {

	private final ParticipantDirectory participants;

	private final OrganisationManagement organisation;

	EnrolmentViews(ParticipantDirectory participants, OrganisationManagement organisation) {
		this.participants = participants;
		this.organisation = organisation;
	}

	/**
	 * @return the viewer's partner organisation, null for the office's staff
	 */
	public UUID partnerOf(StaffMember viewer) {
		return (viewer.role() == Role.PARTNER)
				? this.organisation.partnerOf(viewer.id()).map(PartnerOrganisationId::id).orElse(null) : null;
	}

	/**
	 * @return whether the viewer may see the enrolment
	 */
	public boolean maySee(StaffMember viewer, Project project, Enrolment enrolment) {
		return maySee(viewer, partnerOf(viewer), project, enrolment);
	}

	/**
	 * A partner organisation sees its own referrals; staff see by the project's rule.
	 * @param partner the viewer's partner organisation, null for the office's staff
	 */
	public static boolean maySee(StaffMember viewer, UUID partner, Project project, Enrolment enrolment) {
		if (viewer.role() == Role.PARTNER) {
			return partner != null && partner.equals(enrolment.referringPartnerId());
		}
		return ProjectAccessPolicy.maySeePerson(viewer, project, enrolment.responsibleUnitId());
	}

	/**
	 * The names of the people the viewer may see by name; a partner organisation gets the
	 * status of its referrals only, never names from the case file.
	 */
	public Map<ParticipantId, String> names(List<Enrolment> visible, StaffMember viewer) {
		if (viewer.role() == Role.PARTNER) {
			return Map.of();
		}
		Set<ParticipantId> ids = visible.stream()
			.map(e -> new ParticipantId(e.participantId()))
			.collect(Collectors.toSet());
		return this.participants.names(ids, Enrolments.actor(viewer), AccessPurpose.PROJECT_WORK);
	}

	/**
	 * @param rank the place on the waiting list, null when the person does not wait
	 * @return the enrolment as the viewer sees it
	 */
	public static EnrolmentView view(Enrolment enrolment, Project project, PlacePeriod period,
			Map<ParticipantId, String> people, Ranked rank, StaffMember viewer) {
		String person = people.get(new ParticipantId(enrolment.participantId()));
		EnrolmentView.Priority priority = (rank != null) ? new EnrolmentView.Priority(rank.points(),
				rank.countedGroups(), rank.groupPoints(), rank.weeksWaited()) : null;
		return new EnrolmentView(enrolment, project.displayName(), period.label(), person,
				(rank != null) ? rank.position() : null, priority,
				ProjectAccessPolicy.mayRunEnrolments(viewer, project),
				ProjectAccessPolicy.maySpeakFor(viewer, enrolment.responsibleUnitId()));
	}

}
