package de.weitblick.privacy.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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

	private static final int MAXIMUM_LIMIT = 1_000;

	private final AuditTrail audit;

	AuditTrailRestController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "The newest audit entries, optionally of one user or one record")
	List<AuditEntry> searchAuditTrail(@RequestParam(required = false) String actor,
			@RequestParam(required = false) UUID subjectId,
			@RequestParam(defaultValue = "200") @Min(value = 1, message = "{error.input.page-size-min}") @Max(
					value = MAXIMUM_LIMIT, message = "{error.input.page-size-max}") int limit,
			Authentication authentication) {
		// Only administrators reach this (AccessArea.AUDIT_TRAIL); the search is itself
		// recorded.
		return this.audit.searchAs(new Actor(authentication.getName(), Role.ADMINISTRATOR.name()), actor, subjectId,
				limit);
	}

}
