package de.weitblick.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator moved a counsellor to another team. Published within the move's
 * transaction, so that what listens (the caseload, the audit trail) commits or rolls back
 * with it.
 *
 * @param counsellorId who moved, never null
 * @param fromUnitId the team left, never null
 * @param toUnitId the team joined, never null
 * @param caseload what happens to the cases the counsellor holds, never null
 * @param handedOverToId the counsellor of the old team who takes the cases over when they
 * stay, otherwise null
 * @param reason why, as the administrator gave it; never null
 * @param movedBy the administrator's user name, never null
 * @param movedAt never null
 */
public record CounsellorMoved(UUID counsellorId, UUID fromUnitId, UUID toUnitId, CaseloadChoice caseload,
		UUID handedOverToId, String reason, String movedBy, Instant movedAt) {

	/**
	 * @return who holds the cases after the move, never null
	 */
	public UUID newCaseHolder() {
		return (this.caseload == CaseloadChoice.FOLLOWS_COUNSELLOR) ? this.counsellorId : this.handedOverToId;
	}

	/**
	 * @return the team responsible for the cases after the move, never null
	 */
	public UUID newResponsibleUnit() {
		return (this.caseload == CaseloadChoice.FOLLOWS_COUNSELLOR) ? this.toUnitId : this.fromUnitId;
	}

}
