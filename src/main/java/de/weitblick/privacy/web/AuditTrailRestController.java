package de.weitblick.privacy.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import de.weitblick.organisation.Role;
import de.weitblick.privacy.Actor;
import de.weitblick.privacy.AuditEntry;
import de.weitblick.privacy.AuditTrail;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail as JSON, for the data-protection officer's tools. Read-only by design.
 */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit trail", description = "Who read or changed which personal data (administrators only)")
class AuditTrailRestController {

	private final AuditTrail audit;

	AuditTrailRestController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "The newest audit entries, optionally of one user or one record")
	List<AuditEntry> search(@RequestParam(required = false) String actor,
			@RequestParam(required = false) UUID subjectId, @RequestParam(defaultValue = "200") int limit,
			Authentication authentication) {
		// Only administrators reach this (AccessArea.AUDIT_TRAIL); the search is itself
		// recorded.
		return this.audit.searchAs(new Actor(authentication.getName(), Role.ADMINISTRATOR.name()), actor, subjectId,
				Math.clamp(limit, 1, 1000));
	}

}
