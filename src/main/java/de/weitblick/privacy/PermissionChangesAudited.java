package de.weitblick.privacy;

import de.weitblick.organisation.HealthDataPermissionChanged;
import de.weitblick.organisation.Role;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts every grant and withdrawal of the permission for health data into the audit trail,
 * in the change's own transaction: who may read a special category of personal data is
 * itself something the data protection officer must be able to trace, next to the reads
 * it allows. The reason stays with the permission's history
 * ({@code HealthDataPermissions}); the trail holds no free text.
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

}
