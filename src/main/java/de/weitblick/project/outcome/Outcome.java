package de.weitblick.project.outcome;

import java.time.Instant;
import java.time.LocalDate;

import de.weitblick.project.EnrolmentId;
import de.weitblick.project.OutcomeKind;

/**
 * What became of a person on leaving a project and, six months later, at the follow-up.
 *
 * @param enrolmentId never null
 * @param version for the next change
 * @param exitOutcome never null
 * @param jobSearching whether the person was searching for work on leaving
 * @param qualificationGained whether the person gained a qualification in the project
 * @param exitNote may be null
 * @param exitRecordedBy never null
 * @param exitRecordedAt never null
 * @param followUpDueOn six months after the exit, never null
 * @param followUpStatus null until recorded
 * @param followUpOn the day the situation was found out, null until recorded
 * @param followUpNote may be null
 * @param followUpRecordedBy null until recorded
 */
public record Outcome(EnrolmentId enrolmentId, int version, OutcomeKind exitOutcome, boolean jobSearching,
		boolean qualificationGained, String exitNote, String exitRecordedBy, Instant exitRecordedAt,
		LocalDate followUpDueOn, OutcomeKind followUpStatus, LocalDate followUpOn, String followUpNote,
		String followUpRecordedBy) {

	public boolean followedUp() {
		return this.followUpStatus != null;
	}

}
