package de.weitblick.project.access;

import java.util.UUID;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.Project;

/**
 * Who may describe and run which project. The head of department (role
 * {@link Role#CONTROLLING}, Abteilungsleitung) sets projects up, names their leads and
 * may change every description and every period's places; a project lead describes the
 * own project and runs its places and enrolments. Nobody else changes a project, the
 * administrators included: they look after accounts and reference data, not the office's
 * programme. Participant data in a project is seen by the project's lead and, for the
 * people of their own team, by counsellors.
 */
public final class ProjectAccessPolicy {

	private ProjectAccessPolicy() {
	}

	public static boolean mayCreate(StaffMember viewer) {
		return viewer.role() == Role.CONTROLLING;
	}

	public static boolean mayDescribe(StaffMember viewer, Project project) {
		return mayCreate(viewer) || leads(viewer, project);
	}

	/**
	 * Naming another lead is the head of department's decision.
	 */
	public static boolean mayNameLead(StaffMember viewer) {
		return mayCreate(viewer);
	}

	public static boolean mayPlanPlaces(StaffMember viewer, Project project) {
		return mayDescribe(viewer, project);
	}

	/**
	 * Offers, starts, exits: the project lead's work.
	 */
	public static boolean mayRunEnrolments(StaffMember viewer, Project project) {
		return leads(viewer, project);
	}

	public static boolean mayRefer(StaffMember viewer) {
		return (viewer.role() == Role.COUNSELLOR && viewer.unitId() != null) || viewer.role() == Role.PARTNER;
	}

	/**
	 * Whether the viewer may see who is enrolled, offered or waiting: the lead for the
	 * own project, a counsellor for the own team's people.
	 */
	public static boolean maySeePerson(StaffMember viewer, Project project, UUID responsibleUnitId) {
		return leads(viewer, project) || isCounsellorOfTeam(viewer, responsibleUnitId);
	}

	/**
	 * A counsellor speaks for the own team's people: they may withdraw a referral or
	 * decline an offer.
	 */
	public static boolean maySpeakFor(StaffMember viewer, UUID responsibleUnitId) {
		return isCounsellorOfTeam(viewer, responsibleUnitId);
	}

	public static boolean leads(StaffMember viewer, Project project) {
		return viewer.role() == Role.PROJECT_LEAD && viewer.id().equals(project.leadId());
	}

	private static boolean isCounsellorOfTeam(StaffMember viewer, UUID responsibleUnitId) {
		return viewer.role() == Role.COUNSELLOR && viewer.unitId() != null && viewer.unitId().equals(responsibleUnitId);
	}

}
