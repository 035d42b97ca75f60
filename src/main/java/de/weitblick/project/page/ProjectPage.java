package de.weitblick.project.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.weitblick.strategy.StrategyGoal;
import de.weitblick.organisation.StaffMember;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.PeriodEnrolments;
import de.weitblick.project.ProjectFigures.Figures;
import de.weitblick.project.ProjectPermissions;
import de.weitblick.project.attendance.AttendanceRate;
import de.weitblick.project.instructors.InstructorAssignment;

/**
 * Everything a project's page shows to one viewer, read in one transaction with the
 * viewer's rights decided once.
 *
 * @param view the project with the names of its unit, lead, partners and programmes and
 * its places per period, never null
 * @param permissions what the viewer may do with the project, never null
 * @param mayReferOnPage whether the page offers the referral form (a counsellor's step;
 * partners refer through the API)
 * @param periods the people of each period the viewer may see, never null
 * @param rates the attendance rates of the people the viewer sees by name, never null
 * @param mayRecordAttendance whether the viewer may record attendance
 * @param figures the figures of the chosen period, or null when the viewer may not see
 * them
 * @param today the day the page was read, never null
 * @param instructors the instructors assigned now, never null
 * @param mayAssignInstructors whether the viewer may assign and end instructors
 * @param instructorCandidates who may still be assigned, empty unless the viewer may
 * assign; never null
 * @param goals the strategy goals the project serves, by title; never null
 */
public record ProjectPage(ProjectView view, ProjectPermissions permissions, boolean mayReferOnPage,
		List<PeriodEnrolments> periods, Map<EnrolmentId, AttendanceRate> rates, boolean mayRecordAttendance,
		Figures figures, LocalDate today, List<InstructorAssignment> instructors, boolean mayAssignInstructors,
		List<StaffMember> instructorCandidates, List<StrategyGoal> goals) {

}
