package de.weitblick.participant.merge;

/**
 * Which of two records a value is taken from.
 */
public enum MergeSide {

	/** Die Fallakte, die bestehen bleibt. */
	SURVIVOR,

	/** Die Fallakte, die in die andere übergeht. */
	MERGED

}
