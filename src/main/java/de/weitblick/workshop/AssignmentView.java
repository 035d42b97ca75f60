package de.weitblick.workshop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import de.weitblick.participant.ParticipantId;

/**
 * An assignment as the viewer may see it. An instructor sees the person, the period, the
 * hours, absences and skills, not the Jobcenter's reasons.
 *
 * @param id never null
 * @param version for changes
 * @param workshopId never null
 * @param workshopName never null
 * @param participantId never null
 * @param personName never null
 * @param startsOn never null
 * @param endsOn never null
 * @param weeklyHours never null
 * @param furtherMonthsReason the confirmed reason for further months; null when none, or
 * hidden from the viewer
 * @param nextStep null until agreed
 * @param nextStepNote may be null
 * @param absences the days away, the newest first; never null
 * @param skills the skills gained; never null
 * @param decides whether the viewer may extend the assignment and record the next step
 */
public record AssignmentView(AssignmentId id, int version, WorkshopId workshopId, String workshopName,
		ParticipantId participantId, String personName, LocalDate startsOn, LocalDate endsOn, BigDecimal weeklyHours,
		String furtherMonthsReason, NextStep nextStep, String nextStepNote, List<Absence> absences,
		List<GainedSkill> skills, boolean decides) {

	/**
	 * A day away.
	 *
	 * @param day never null
	 * @param reason never null
	 * @param note may be null
	 */
	public record Absence(LocalDate day, AbsenceReason reason, String note) {
	}

	/**
	 * A skill gained.
	 *
	 * @param code never null
	 * @param nameGerman never null
	 * @param nameEnglish never null
	 * @param gainedOn never null
	 */
	public record GainedSkill(String code, String nameGerman, String nameEnglish, LocalDate gainedOn) {
	}

}
