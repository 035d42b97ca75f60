package de.weitblick.participant.merge;

import java.util.List;

import de.weitblick.participant.Participant;

/**
 * Two records of one person side by side, before they are merged.
 *
 * @param survivor the record that will remain, never null
 * @param merged the record that will be merged into it, never null
 * @param conflicts the fields to choose a value for, never null
 * @param survivorParts how many goals, notes, appointments and documents the survivor
 * has, in this order; never null
 * @param mergedParts the same for the merged record, never null
 */
public record MergeComparison(Participant survivor, Participant merged, List<MergeConflict> conflicts,
		List<Integer> survivorParts, List<Integer> mergedParts) {

}
