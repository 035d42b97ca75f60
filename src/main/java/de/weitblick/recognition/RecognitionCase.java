package de.weitblick.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recognition case as the staff working on it see it.
 *
 * @param id never null
 * @param version the version a change must name
 * @param participantId never null
 * @param personName "family name, given names", never null
 * @param qualification never null
 * @param country never null
 * @param referenceOccupation never null
 * @param competentBody never null
 * @param noticeOn never null
 * @param openedOn never null
 * @param status never null
 * @param recognisedOn the day of full recognition, null before
 * @param gaps in the order of the notice, never null
 * @param modules in the order planned, never null
 */
public record RecognitionCase(UUID id, int version, UUID participantId, String personName, String qualification,
		String country, String referenceOccupation, String competentBody, LocalDate noticeOn, LocalDate openedOn,
		RecognitionStatus status, LocalDate recognisedOn, List<Gap> gaps, List<PlannedModule> modules) {

	public RecognitionCase {
		gaps = List.copyOf(gaps);
		modules = List.copyOf(modules);
	}

	/**
	 * @return whether a completed module closes every gap, so the outcome may be recorded
	 */
	public boolean everyGapClosed() {
		return this.gaps.stream().allMatch(Gap::closed);
	}

	/**
	 * A substantial difference the notice names.
	 *
	 * @param id never null
	 * @param competenceArea never null
	 * @param closed whether a completed module closes it
	 */
	public record Gap(UUID id, String competenceArea, boolean closed) {

	}

	/**
	 * An internship module of the plan at a host employer.
	 *
	 * @param id never null
	 * @param gapId the gap it closes, never null
	 * @param employerId never null
	 * @param employerName never null
	 * @param cityGroup whether the host belongs to the city group
	 * @param offerId the employer's internship-module offer, never null
	 * @param competenceArea never null
	 * @param weeks 1 to 52
	 * @param startsOn the planned start, never null
	 * @param status never null
	 * @param startedOn null before the start
	 * @param weeksCompleted 0 to weeks
	 * @param completedOn null before completion
	 */
	public record PlannedModule(UUID id, UUID gapId, UUID employerId, String employerName, boolean cityGroup,
			UUID offerId, String competenceArea, int weeks, LocalDate startsOn, ModuleStatus status,
			LocalDate startedOn, int weeksCompleted, LocalDate completedOn) {

	}

}
