package de.weitblick.matching;

import java.util.UUID;

import de.weitblick.employer.OfferId;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.placement.PlacementManagement;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.privacy.AuditAction;
import de.weitblick.privacy.AuditDetail;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.project.EnrolmentId;
import de.weitblick.project.ProjectId;
import de.weitblick.project.ReferralRequest;
import de.weitblick.project.Referrals;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counsellor's decisions on the proposals of a matching run: accepting one refers the
 * person to the project or proposes the employer's offer to them; rejecting or locking
 * one is kept for the scope's next run.
 */
@Service
public class ProposalDecisions {

	private static final String SUBJECT_TYPE = "participant";

	private final Referrals enrolments;

	private final PlacementManagement placements;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	ProposalDecisions(Referrals enrolments, PlacementManagement placements, AuditTrail audit, JdbcClient jdbc,
			java.time.Clock clock) {
		this.enrolments = enrolments;
		this.placements = placements;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Accepts, rejects or locks a proposal. Accepting refers the person to the project (a
	 * place is offered when one is free, else the person waits); when the project refuses
	 * the referral, the proposal stays as it was.
	 * @param expectedVersion the proposal's version the viewer read
	 * @throws NotFound when there is no such proposal of the viewer's team
	 * @throws RuleViolation when the decision is not possible
	 * @throws OptimisticLockingFailureException when someone decided in the meantime
	 */
	@Transactional
	public void decide(UUID proposalId, int expectedVersion, Decision decision, StaffMember viewer) {
		if (!MatchingAccess.mayMatch(viewer)) {
			throw new RuleViolation(null, "matching.rule.may-not-match");
		}
		Target target = this.jdbc.sql("""
				SELECT pr.version, pr.decision, pr.place, c.participant_id, p.project_id, p.place_period_id,
				       p.offer_id, p.project_name
				FROM matching_proposal pr
				JOIN matching_run r ON r.id = pr.run_id
				JOIN matching_candidate c ON c.run_id = pr.run_id AND c.ordinal = pr.candidate
				LEFT JOIN matching_place p ON p.run_id = pr.run_id AND p.ordinal = pr.place
				WHERE pr.id = :id AND r.scope_key IN (:scopes)
				FOR UPDATE OF pr
				""")
			.param("id", proposalId)
			.param("scopes", MatchingAccess.scopes(viewer))
			.query((rs, n) -> new Target(rs.getInt("version"), Decision.valueOf(rs.getString("decision")),
					(Integer) rs.getObject("place"), rs.getObject("participant_id", UUID.class),
					rs.getObject("project_id", UUID.class), rs.getObject("place_period_id", UUID.class),
					rs.getObject("offer_id", UUID.class), rs.getString("project_name")))
			.optional()
			.orElseThrow(() -> new NotFound("matching.proposal-not-found"));
		if (target.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Proposal " + proposalId + " was decided in the meantime");
		}
		if (decision == Decision.OPEN) {
			throw new RuleViolation("decision", "matching.rule.decision-missing");
		}
		if (target.decision() == Decision.ACCEPTED || target.decision() == Decision.REJECTED) {
			throw new RuleViolation("decision", "matching.rule.already-decided");
		}
		if (target.place() == null) {
			throw new RuleViolation("decision", "matching.rule.no-place-to-decide");
		}
		UUID enrolment = null;
		UUID placement = null;
		if (decision == Decision.ACCEPTED && target.offerId() != null) {
			placement = this.placements
				.propose(new ParticipantId(target.participantId()), new OfferId(target.offerId()), viewer)
				.id();
		}
		else if (decision == Decision.ACCEPTED) {
			EnrolmentId referred = this.enrolments.refer(new ReferralRequest(new ProjectId(target.projectId()),
					target.placePeriodId(), new ParticipantId(target.participantId()), null, null), viewer);
			enrolment = referred.id();
		}
		this.jdbc.sql("""
				UPDATE matching_proposal SET decision = :decision, decided_by = :by, decided_at = :at,
				    enrolment_id = :enrolment, placement_id = :placement, version = version + 1
				WHERE id = :id
				""")
			.param("placement", placement)
			.param("decision", decision.name())
			.param("by", viewer.username())
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.param("enrolment", enrolment)
			.param("id", proposalId)
			.update();
		this.audit.recordAction(MatchingAccess.actor(viewer), AuditAction.UPDATE, SUBJECT_TYPE, target.participantId(),
				AccessPurpose.CASE_WORK, AuditDetail.of("matching.audit.decided",
						AuditDetail.term(decision.messageKey()), target.projectName()));
	}

	private record Target(int version, Decision decision, Integer place, UUID participantId, UUID projectId,
			UUID placePeriodId, UUID offerId, String projectName) {
	}

}
