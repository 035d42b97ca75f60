package de.weitblick.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.weitblick.focusgroup.FocusGroupCode;
import java.util.UUID;

/**
 * A matching run as a counsellor reads it: progress while it runs, then the proposals.
 *
 * @param id the run
 * @param scope what it works on
 * @param status where it stands
 * @param phase the step it is at (message key)
 * @param progress percent done
 * @param startedBy who started it
 * @param startedAt when
 * @param finishedAt when it ended, or null
 * @param participants people considered
 * @param places places considered
 * @param pairs allowed pairs of person and place
 * @param optimal whether the proposals are proven optimal
 * @param gapPermille the gap to the solver's bound in thousandths when the time limit
 * ended the search, 0 when optimal, null while running
 * @param quotas the minimum shares per focus group the run worked under
 * @param keepEarlier whether open proposals of the run before were kept where possible
 * @param solveMillis the solver's time
 * @param failure the message key of why it failed, or null
 * @param proposals one per person, the placed first by score; empty while running
 */
public record MatchingRunView(UUID id, RunScope scope, RunStatus status, String phase, int progress, String startedBy,
		Instant startedAt, Instant finishedAt, int participants, int places, int pairs, boolean optimal,
		Integer gapPermille, Map<FocusGroupCode, Integer> quotas, boolean keepEarlier, Long solveMillis, String failure,
		List<Proposal> proposals) {

	/**
	 * @return how many people got a place
	 */
	public long placed() {
		return this.proposals.stream().filter(Proposal::placed).count();
	}

	/**
	 * One proposal: a place for a person with the score broken into its parts, or the
	 * reason there is none.
	 *
	 * @param id the proposal
	 * @param version for the decision
	 * @param participantId the person
	 * @param name the person's name
	 * @param projectId the project, or null without a place
	 * @param placePeriodId the period of the project's places, or null
	 * @param offerId the employer's offer, or null
	 * @param kind PROJECT or the offer's kind, or null without a place
	 * @param projectName the project's name or the offer's title and employer, or null
	 * @param periodLabel the period's label (empty for an offer), or null
	 * @param score 0 to 100, or null without a place
	 * @param parts the score's parts, empty without a place
	 * @param reason why there is no place, or null
	 * @param decision what the counsellor decided
	 * @param decidedBy who, or null
	 * @param enrolmentId the referral made by accepting a project's place, or null
	 * @param placementId the placement proposal made by accepting an offer, or null
	 */
	public record Proposal(UUID id, int version, UUID participantId, String name, UUID projectId, UUID placePeriodId,
			UUID offerId, String kind, String projectName, String periodLabel, Integer score, List<Part> parts,
			UnassignedReason reason, Decision decision, String decidedBy, UUID enrolmentId, UUID placementId) {

		/**
		 * @return whether the person got a place
		 */
		public boolean placed() {
			return this.projectId != null || this.offerId != null;
		}

		/**
		 * @return whether the counsellor may still decide
		 */
		public boolean open() {
			return this.decision == Decision.OPEN || this.decision == Decision.LOCKED;
		}

	}

	/**
	 * One part of a score.
	 *
	 * @param part which part
	 * @param value 0 to 100, or {@link ScorePart#NOT_RECORDED}
	 * @param points what it adds to the score (value × weight / 100)
	 */
	public record Part(ScorePart part, int value, int points) {

		/**
		 * @return whether the data held a source for the part
		 */
		public boolean recorded() {
			return this.value != ScorePart.NOT_RECORDED;
		}

	}

}
