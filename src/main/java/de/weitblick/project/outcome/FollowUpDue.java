package de.weitblick.project.outcome;

import java.time.LocalDate;

import de.weitblick.project.EnrolmentId;
import de.weitblick.project.OutcomeKind;
import de.weitblick.project.ProjectId;

/**
 * A follow-up a project lead has to make.
 *
 * @param enrolmentId never null
 * @param projectId never null
 * @param projectName never null
 * @param personName never null
 * @param endedOn the day of the exit, never null
 * @param dueOn six months after, never null
 * @param exitOutcome never null
 */
public record FollowUpDue(EnrolmentId enrolmentId, ProjectId projectId, String projectName, String personName,
		LocalDate endedOn, LocalDate dueOn, OutcomeKind exitOutcome) {
}
