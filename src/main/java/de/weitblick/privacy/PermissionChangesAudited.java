package de.weitblick.privacy;

import de.weitblick.organisation.CounsellorMoved;
import de.weitblick.organisation.HealthDataPermissionChanged;
import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffAccountChangeKind;
import de.weitblick.organisation.StaffAccountChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts every grant and withdrawal of the permission for health data, and every creation
 * and change of a staff account, into the audit trail, in the change's own transaction:
 * who may read a special category of personal data, and who may sign in with which role,
 * is itself something the data protection officer must be able to trace, next to the
 * reads it allows. The reasons stay with the permission's and the account's history
 * ({@code HealthDataPermissions}, {@code StaffAccounts}); the trail holds no free text.
 */
@Component
class PermissionChangesAudited {

	/** The subject type of entries about a member of staff's account. */
	static final String STAFF_ACCOUNT = "staff-account";

	private final AuditTrail audit;

	PermissionChangesAudited(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void healthDataPermission(HealthDataPermissionChanged change) {
		this.audit.recordAction(new Actor(change.changedBy(), Role.ADMINISTRATOR.name()), AuditAction.UPDATE,
				STAFF_ACCOUNT, change.accountId(), AccessPurpose.PERMISSION_ADMINISTRATION,
				AuditDetail.of(change.granted() ? "privacy.detail.health-permission-granted"
						: "privacy.detail.health-permission-withdrawn"));
	}

	/**
	 * A counsellor who moves to another team sees that team's case files from then on and
	 * no longer the old team's.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void counsellorMoved(CounsellorMoved move) {
		this.audit.recordAction(new Actor(move.movedBy(), Role.ADMINISTRATOR.name()), AuditAction.UPDATE, STAFF_ACCOUNT,
				move.counsellorId(), AccessPurpose.PERMISSION_ADMINISTRATION,
				AuditDetail.of("privacy.detail.counsellor-moved", move.fromUnitId(), move.toUnitId(),
						AuditDetail.term("organisation.caseload." + move.caseload().name())));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void staffAccount(StaffAccountChanged change) {
		boolean created = change.kind() == StaffAccountChangeKind.CREATED
				|| change.kind() == StaffAccountChangeKind.PROVISIONED;
		AuditDetail detail = change.changedFields().isEmpty()
				? AuditDetail.of("privacy.detail.account", AuditDetail.term(change.kind().messageKey()))
				: AuditDetail.of("privacy.detail.account-fields", AuditDetail.term(change.kind().messageKey()),
						String.join(", ", change.changedFields()));
		Actor actor = (change.changedByRole() != null) ? new Actor(change.changedBy(), change.changedByRole().name())
				: Actor.SYSTEM;
		this.audit.recordAction(actor, created ? AuditAction.CREATE : AuditAction.UPDATE, STAFF_ACCOUNT,
				change.accountId(), AccessPurpose.PERMISSION_ADMINISTRATION, detail);
	}

}
