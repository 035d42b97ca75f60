package de.weitblick.privacy;

import de.weitblick.organisation.ApiTokenIssued;
import de.weitblick.organisation.ApiTokenRevoked;
import de.weitblick.organisation.Role;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts every issue and revocation of an API token into the audit trail, in the change's
 * own transaction: a token reads personal data through the interface as its account, so
 * who gave a machine that access, and who took it back, is for the data protection
 * officer to trace. The token's name and the reasons stay with the token
 * ({@code ApiTokens}); the trail holds no free text.
 */
@Component
class ApiTokensAudited {

	private final AuditTrail audit;

	ApiTokensAudited(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void issued(ApiTokenIssued issued) {
		this.audit.recordAction(new Actor(issued.issuedBy(), Role.ADMINISTRATOR.name()), AuditAction.CREATE,
				PermissionChangesAudited.STAFF_ACCOUNT, issued.accountId(), AccessPurpose.PERMISSION_ADMINISTRATION,
				AuditDetail.of("privacy.detail.api-token-issued", issued.tokenId()));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void revoked(ApiTokenRevoked revoked) {
		this.audit.recordAction(new Actor(revoked.revokedBy(), Role.ADMINISTRATOR.name()), AuditAction.UPDATE,
				PermissionChangesAudited.STAFF_ACCOUNT, revoked.accountId(), AccessPurpose.PERMISSION_ADMINISTRATION,
				AuditDetail.of("privacy.detail.api-token-revoked", revoked.tokenId()));
	}

}
