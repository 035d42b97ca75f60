package de.weitblick.participant.plan.own;

import java.util.List;

/**
 * What the person changed in the own plan, for the plan's section of the case file
 * ("Änderungen durch die Person").
 *
 * @param changes the newest first, at most {@link OwnPlanChanges#SHOWN}; never null
 * @param unseen how many changes nobody of the team has marked seen yet
 * @param agreement the person's latest agreement, or null when there is none
 */
public record PersonsPlanChanges(List<OwnPlanChange> changes, int unseen, PlanAgreement agreement) {

	/** Nothing to show: no change, or a view that leaves it out. */
	public static final PersonsPlanChanges NONE = new PersonsPlanChanges(List.of(), 0, null);

	public PersonsPlanChanges {
		changes = List.copyOf(changes);
	}

	/**
	 * @return whether there is nothing to show
	 */
	public boolean isEmpty() {
		return this.changes.isEmpty() && this.agreement == null;
	}

}
