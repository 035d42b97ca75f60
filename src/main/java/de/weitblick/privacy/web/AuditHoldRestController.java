package de.weitblick.privacy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.weitblick.privacy.AuditHolds;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Holds on audit entries for open control procedures, for the data protection officer's
 * tools. Placing, lifting and listing them is recorded in the trail.
 */
@RestController
@RequestMapping("/api/v1/audit-holds")
@Tag(name = "Audit holds", description = "Audit entries kept beyond the retention period for an open control "
		+ "procedure (data protection officer and administrators only)")
class AuditHoldRestController {

	private final AuditHolds holds;

	AuditHoldRestController(AuditHolds holds) {
		this.holds = holds;
	}

	@GetMapping
	@Operation(summary = "Every hold, the open ones first")
	@ApiResponse(responseCode = "200", description = "The holds")
	@ApiResponse(responseCode = "401", description = "Not signed in")
	@ApiResponse(responseCode = "403", description = "Neither data protection officer nor administrator")
	List<AuditHoldResource> listAuditHolds(Authentication authentication) {
		LocalDate today = this.holds.today();
		return this.holds.listAs(AuditTrailController.searcher(authentication))
			.stream()
			.map(hold -> AuditHoldResource.of(hold, today))
			.toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Places a hold on the entries of a person or of a user",
			description = "Names either 'subjectId' or 'user'. The entries stay beyond the retention period until "
					+ "'endsOn' has passed or the hold is lifted.")
	@ApiResponse(responseCode = "201", description = "The hold placed")
	@ApiResponse(responseCode = "400", description = "Malformed input")
	@ApiResponse(responseCode = "422",
			description = "Neither or both of person and user, no reason, or an end in the past; 'field' names it")
	@ApiResponse(responseCode = "401", description = "Not signed in")
	@ApiResponse(responseCode = "403", description = "Neither data protection officer nor administrator")
	AuditHoldResource createAuditHold(@Valid @RequestBody NewHold hold, Authentication authentication) {
		return AuditHoldResource.of(this.holds.place(AuditTrailController.searcher(authentication), hold.subjectId(),
				hold.user(), hold.reason(), hold.endsOn()), this.holds.today());
	}

	@PostMapping("/{id}/end")
	@Operation(summary = "Lifts a hold",
			description = "Its entries are removed at the next retention run if they "
					+ "are due. 'version' is the version read; a hold changed or lifted meanwhile is refused with 409.")
	@ApiResponse(responseCode = "200", description = "The hold lifted")
	@ApiResponse(responseCode = "404", description = "No such hold")
	@ApiResponse(responseCode = "409", description = "Changed or lifted meanwhile")
	@ApiResponse(responseCode = "401", description = "Not signed in")
	@ApiResponse(responseCode = "403", description = "Neither data protection officer nor administrator")
	AuditHoldResource endAuditHold(@PathVariable UUID id, @Valid @RequestBody Lifting lifting,
			Authentication authentication) {
		return AuditHoldResource.of(
				this.holds.lift(AuditTrailController.searcher(authentication), id, lifting.version()),
				this.holds.today());
	}

	/**
	 * A hold to place.
	 *
	 * @param subjectId the person held, or null when a user is held
	 * @param user the user name held, or null when a person is held
	 * @param reason why, e.g. the file number of the control procedure
	 * @param endsOn the last day of the hold
	 */
	record NewHold(UUID subjectId, String user, String reason, LocalDate endsOn) {

	}

	/**
	 * @param version the version of the hold as read
	 */
	record Lifting(@NotNull(message = "{error.input.missing}") Long version) {

	}

}
