package de.weitblick.participant.plan.own;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.weitblick.participant.plan.GoalStatus;
import de.weitblick.participant.plan.StepResponsibility;
import de.weitblick.participant.plan.StepStatus;

/**
 * The support plan as the person reads it in the own area: the goals with the own words
 * and the counsellor's view, the steps with who does what by when, and the person's
 * agreement. Nothing else of the case file is in it.
 *
 * @param goals in the order they were set, never null
 * @param planVersion the version of the plan as read, to agree to; never null
 * @param agreement the latest agreement, or null when the person has not agreed yet
 * @param today the day it was read, never null
 */
public record OwnPlan(List<OwnGoal> goals, String planVersion, PlanAgreement agreement, LocalDate today) {

	/**
	 * The longest own words next to a goal, in characters: as long as the team may write
	 * them.
	 */
	public static final int OWN_WORDS_MAXIMUM = 4000;

	public OwnPlan {
		goals = List.copyOf(goals);
	}

	/**
	 * @return whether the plan has no goal yet
	 */
	public boolean isEmpty() {
		return this.goals.isEmpty();
	}

	/**
	 * A goal of the plan.
	 *
	 * @param id never null
	 * @param title never null
	 * @param counsellorView what the counsellor thinks about it, may be null
	 * @param ownWords what the person says about it, may be null
	 * @param status never null
	 * @param version the version of the goal as read, for changing the own words
	 * @param steps never null
	 */
	public record OwnGoal(UUID id, String title, String counsellorView, String ownWords, GoalStatus status, int version,
			List<OwnStep> steps) {

		public OwnGoal {
			steps = List.copyOf(steps);
		}

	}

	/**
	 * A step towards a goal.
	 *
	 * @param id never null
	 * @param description never null
	 * @param responsible who does it, never null
	 * @param dueOn by when, may be null
	 * @param status never null
	 * @param version the version of the step as read, for marking it done
	 * @param own whether the person does it, and so may mark it done
	 * @param overdue whether it is open and its day has passed
	 */
	public record OwnStep(UUID id, String description, StepResponsibility responsible, LocalDate dueOn,
			StepStatus status, int version, boolean own, boolean overdue) {

		/**
		 * @return whether the person may mark it done now
		 */
		public boolean canBeMarkedDone() {
			return this.own && this.status == StepStatus.OPEN;
		}

	}

}
