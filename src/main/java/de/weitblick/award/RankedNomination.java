package de.weitblick.award;

import java.util.UUID;

/**
 * A nomination's place in the ranking: its weighted score averaged over the jurors who
 * scored it.
 *
 * @param rank 1 for the best; equal scores share a rank
 * @param nominationId never null
 * @param employerName never null
 * @param score 0 to 10
 * @param jurors how many jurors scored it
 * @param winner whether it was chosen as a winner
 */
public record RankedNomination(int rank, UUID nominationId, String employerName, double score, int jurors,
		boolean winner) {

}
