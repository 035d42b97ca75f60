package de.weitblick.award;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A nominated employer as the round's page shows it to the people who run the award and
 * to the jury.
 *
 * @param id never null
 * @param version the version to send back with a change
 * @param employerId never null
 * @param employerName never null
 * @param namedPublicly whether the employer agreed to be named publicly; without that
 * agreement the nomination is never shown in public and cannot win
 * @param source never null
 * @param nominatedBy who nominated, null where the viewer may not see it
 * @param reasons never null
 * @param winner whether the jury chose it as a winner
 * @param citation the winner's citation, null for the others
 * @param nominatedAt never null
 * @param myScores the viewer's own scores by criterion, empty before the viewer scored
 * @param jurorScores each juror's weighted score, shown only to those who may see them
 * (never to a juror who has not scored this nomination yet); never null
 */
public record Nomination(UUID id, int version, UUID employerId, String employerName, boolean namedPublicly,
		NominationSource source, String nominatedBy, String reasons, boolean winner, String citation,
		Instant nominatedAt, List<Score> myScores, List<JurorScore> jurorScores) {

	public Nomination {
		myScores = List.copyOf(myScores);
		jurorScores = List.copyOf(jurorScores);
	}

	/**
	 * @return whether the viewer has scored this nomination
	 */
	public boolean scoredByMe() {
		return !this.myScores.isEmpty();
	}

	/**
	 * One score against one criterion.
	 *
	 * @param criterionId never null
	 * @param score 0 to 10
	 */
	public record Score(UUID criterionId, int score) {

	}

	/**
	 * One juror's weighted score of a nomination.
	 *
	 * @param jurorName never null
	 * @param weighted 0 to 10
	 */
	public record JurorScore(String jurorName, double weighted) {

	}

}
