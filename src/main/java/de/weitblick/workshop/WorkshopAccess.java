package de.weitblick.workshop;

import java.util.Optional;
import java.util.UUID;

import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.PartnerKind;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.Actor;
import de.weitblick.project.ProjectId;
import de.weitblick.project.Instructors;

import org.springframework.stereotype.Component;

/**
 * Who may do what with work opportunities. The Jobcenter (its partner accounts) and the
 * counsellors assign people; only the Jobcenter confirms further months, since the
 * assignment is its decision; instructors see the people of the workshops whose project
 * they instruct, and only what the work needs.
 */
@Component
class WorkshopAccess {

	private final OrganisationManagement organisation;

	private final Instructors projects;

	WorkshopAccess(OrganisationManagement organisation, Instructors projects) {
		this.organisation = organisation;
		this.projects = projects;
	}

	boolean mayManageWorkshops(StaffMember viewer) {
		return viewer.role() == Role.CONTROLLING || viewer.role() == Role.PROJECT_LEAD;
	}

	/**
	 * @return the Jobcenter the viewer's account belongs to, or empty for anybody else
	 */
	Optional<UUID> jobcenterOf(StaffMember viewer) {
		if (viewer.role() != Role.PARTNER) {
			return Optional.empty();
		}
		return this.organisation.partnerOf(viewer.id())
			.flatMap(this.organisation::partner)
			.filter(partner -> partner.kind() == PartnerKind.JOBCENTER)
			.map(partner -> partner.id());
	}

	boolean mayAssign(StaffMember viewer) {
		return viewer.role() == Role.COUNSELLOR || jobcenterOf(viewer).isPresent();
	}

	boolean mayConfirmFurtherMonths(StaffMember viewer) {
		return jobcenterOf(viewer).isPresent();
	}

	boolean instructs(StaffMember viewer, ProjectId project) {
		return viewer.role() == Role.INSTRUCTOR && this.projects.instructs(project, viewer.id());
	}

	/**
	 * Whether the viewer sees the assignment: the Jobcenter that made it, the counsellors
	 * of the person's team, and the instructors of the workshop.
	 */
	boolean sees(StaffMember viewer, AssignmentRow row) {
		return switch (viewer.role()) {
			case PARTNER -> jobcenterOf(viewer).map(id -> id.equals(row.assigningPartnerId())).orElse(false);
			case COUNSELLOR -> viewer.unitId() != null && viewer.unitId().equals(row.responsibleUnitId());
			case INSTRUCTOR -> instructs(viewer, row.projectId());
			default -> false;
		};
	}

	/** Whether the viewer changes the assignment's period or next step. */
	boolean decides(StaffMember viewer, AssignmentRow row) {
		return viewer.role() != Role.INSTRUCTOR && sees(viewer, row);
	}

	static Actor actor(StaffMember viewer) {
		return new Actor(viewer.username(), viewer.role().name());
	}

	static AccessPurpose purpose(StaffMember viewer) {
		return switch (viewer.role()) {
			case PARTNER -> AccessPurpose.PARTNER_INTERFACE;
			case INSTRUCTOR -> AccessPurpose.PROJECT_WORK;
			default -> AccessPurpose.CASE_WORK;
		};
	}

}
