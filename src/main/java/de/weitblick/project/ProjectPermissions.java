package de.weitblick.project;

/**
 * What one viewer may do with one project.
 *
 * @param mayDescribe change the description
 * @param mayNameLead name another lead
 * @param mayPlanPlaces add periods and change their places
 * @param mayRunEnrolments offer, start and end participations (the project lead)
 * @param mayRefer refer people to it
 */
public record ProjectPermissions(boolean mayDescribe, boolean mayNameLead, boolean mayPlanPlaces,
		boolean mayRunEnrolments, boolean mayRefer) {

}
