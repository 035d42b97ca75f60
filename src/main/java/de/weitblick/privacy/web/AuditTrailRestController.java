package de.weitblick.privacy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import de.weitblick.privacy.AuditDetails;
import de.weitblick.privacy.AuditSearch;
import de.weitblick.privacy.AuditTrail;
import de.weitblick.shared.RuleViolation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail as JSON, for the data protection officer's tools. Read-only by design;
 * every search is itself recorded.
 */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit trail",
		description = "Who read or changed which personal data (data protection officer and administrators only)")
class AuditTrailRestController {

	private static final int MAXIMUM_LIMIT = 1_000;

	private final AuditTrail audit;

	private final AuditDetails details;

	AuditTrailRestController(AuditTrail audit, AuditDetails details) {
		this.audit = audit;
		this.details = details;
	}

	@GetMapping
	@Operation(
			summary = "The audit entries, the newest first, of one user, one record (alone or in a list) "
					+ "and one period, page by page",
			description = "'detail' is in the language of Accept-Language (German by default), 'detailKey' its "
					+ "message key (null for older entries written as text). 'subjectIds' names the records a list "
					+ "showed; a search by 'subjectId' finds such a list too.")
	@ApiResponse(responseCode = "200", description = "One page of entries")
	@ApiResponse(responseCode = "400", description = "A malformed identifier, day or number")
	@ApiResponse(responseCode = "422", description = "A period that ends before it starts; 'field' is 'to'")
	@ApiResponse(responseCode = "401", description = "Not signed in")
	@ApiResponse(responseCode = "403", description = "Neither data protection officer nor administrator")
	List<AuditEventResource> searchAuditTrail(@RequestParam(required = false) String actor,
			@RequestParam(required = false) UUID subjectId,
			@Parameter(description = "first day, Europe/Berlin") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day, Europe/Berlin") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") @Min(value = 0,
					message = "{error.input.page}") int page,
			@Parameter(description = "entries per page, 1 to 1,000") @RequestParam(defaultValue = "200") @Min(value = 1,
					message = "{error.input.page-size-min}") @Max(value = MAXIMUM_LIMIT,
							message = "{error.input.page-size-max}") int limit,
			Authentication authentication) {
		Locale locale = LocaleContextHolder.getLocale();
		if (from != null && to != null && to.isBefore(from)) {
			throw new RuleViolation("to", "privacy.audit.period.order");
		}
		return this.audit
			.searchAs(AuditTrailController.searcher(authentication),
					new AuditSearch(actor, subjectId, from, to, page, limit))
			.entries()
			.stream()
			.map(entry -> AuditEventResource.of(entry, this.details, locale))
			.toList();
	}

}
