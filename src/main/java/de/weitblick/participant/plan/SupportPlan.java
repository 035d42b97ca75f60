package de.weitblick.participant.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The support plan (Förderplan) of one participant, as the case file and the printed plan
 * show it.
 *
 * @param goals in the order they were set, never null
 */
public record SupportPlan(List<Goal> goals) {

	/**
	 * @return whether the plan has no goal yet
	 */
	public boolean isEmpty() {
		return this.goals.isEmpty();
	}

	/**
	 * A goal with the steps towards it.
	 *
	 * @param id never null
	 * @param title never null
	 * @param counsellorView the counsellor's assessment, may be null
	 * @param participantWords what the participant says about the goal, in their words;
	 * may be null
	 * @param status never null
	 * @param steps in the order they were planned, never null
	 * @param version changes with every change of the goal itself
	 */
	public record Goal(UUID id, String title, String counsellorView, String participantWords, GoalStatus status,
			List<Step> steps, int version) {
	}

	/**
	 * One step: who does what by when.
	 *
	 * @param id never null
	 * @param description never null
	 * @param responsible never null
	 * @param dueOn may be null
	 * @param status never null
	 * @param version changes with every change of the step
	 */
	public record Step(UUID id, String description, StepResponsibility responsible, LocalDate dueOn, StepStatus status,
			int version) {

		/**
		 * @param today must not be null
		 * @return whether the step is open and its day has passed
		 */
		public boolean isOverdue(LocalDate today) {
			return this.status == StepStatus.OPEN && this.dueOn != null && this.dueOn.isBefore(today);
		}

	}

}
