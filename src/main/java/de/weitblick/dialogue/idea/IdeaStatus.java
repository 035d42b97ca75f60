package de.weitblick.dialogue.idea;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an idea stands in the pipeline from submission to implementation.
 */
public enum IdeaStatus {

	/** Handed in, not yet presented. */
	SUBMITTED,

	/** Presented at the dialogue or on its pages. */
	PRESENTED,

	/** Being developed further by its authors and the dialogue. */
	IN_DEVELOPMENT,

	/** Written up completely, ready for the review. */
	DOCUMENTED,

	/** Reviewed against the criteria; supports are fixed from here on. */
	UNDER_REVIEW,

	/** The review was positive. */
	APPROVED,

	/** The review was negative; the reasons are public. */
	REJECTED,

	/** A project was set up for it. */
	BEING_IMPLEMENTED,

	/** Its project runs or has run. */
	IMPLEMENTED,

	/** Withdrawn by its authors or the moderators. */
	WITHDRAWN;

	private static final Set<IdeaStatus> WITHDRAWABLE = EnumSet.of(SUBMITTED, PRESENTED, IN_DEVELOPMENT, DOCUMENTED);

	public String messageKey() {
		return "dialogue.idea.status." + name();
	}

	/**
	 * @return the steps the moderators may take from here; the step to
	 * {@link #BEING_IMPLEMENTED} is taken by setting up the project, never by hand
	 */
	public Set<IdeaStatus> next() {
		Set<IdeaStatus> next = switch (this) {
			case SUBMITTED -> EnumSet.of(PRESENTED);
			case PRESENTED -> EnumSet.of(IN_DEVELOPMENT);
			case IN_DEVELOPMENT -> EnumSet.of(DOCUMENTED);
			case DOCUMENTED -> EnumSet.of(UNDER_REVIEW);
			case UNDER_REVIEW -> EnumSet.of(APPROVED, REJECTED);
			case BEING_IMPLEMENTED -> EnumSet.of(IMPLEMENTED);
			default -> EnumSet.noneOf(IdeaStatus.class);
		};
		if (WITHDRAWABLE.contains(this)) {
			next.add(WITHDRAWN);
		}
		return next;
	}

	/**
	 * @return whether supports may still be given and withdrawn: until the review starts
	 */
	public boolean takesSupports() {
		return WITHDRAWABLE.contains(this);
	}

	/**
	 * @return whether the step to this status must give reasons, which become public
	 */
	public boolean needsReasons() {
		return this == APPROVED || this == REJECTED || this == WITHDRAWN;
	}

}
