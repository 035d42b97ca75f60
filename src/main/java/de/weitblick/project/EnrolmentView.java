package de.weitblick.project;

import java.util.List;

import de.weitblick.focusgroup.FocusGroupCode;

/**
 * An enrolment as one viewer may see it.
 *
 * @param enrolment never null
 * @param projectName never null
 * @param periodLabel never null
 * @param personName "family name, given names" when the viewer may see who it is,
 * otherwise null
 * @param position the place on the waiting list from 1, or null when not waiting
 * @param priority why the person stands where they stand on the waiting list, or null
 * when not waiting
 * @param mayRun whether the viewer may start, end or decline it (the project lead)
 * @param maySpeakFor whether the viewer may withdraw or decline for the person (their
 * counsellor)
 */
public record EnrolmentView(Enrolment enrolment, String projectName, String periodLabel, String personName,
		Integer position, Priority priority, boolean mayRun, boolean maySpeakFor) {

	/**
	 * @return whether the viewer sees who the person is
	 */
	public boolean showsPerson() {
		return this.personName != null;
	}

	/**
	 * Why a person stands where they stand on a waiting list.
	 *
	 * @param points all points
	 * @param countedGroups the focus groups that gave points, never null
	 * @param groupPoints the points for them
	 * @param weeksWaited full weeks on the list
	 */
	public record Priority(int points, List<FocusGroupCode> countedGroups, int groupPoints, int weeksWaited) {

	}

}
