package de.weitblick.participant.plan.web;

import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.plan.PlanRemovals;
import de.weitblick.participant.web.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Removing goals and steps of a plan through the API, each based on the version read;
 * every removal is audited.
 */
@RestController
@RequestMapping("/api/v1/participants/{id}/plan")
@Tag(name = "Support plans")
class PlanRemovalRestController {

	private final PlanRemovals removals;

	private final Viewers viewers;

	PlanRemovalRestController(PlanRemovals removals, Viewers viewers) {
		this.removals = removals;
		this.viewers = viewers;
	}

	@DeleteMapping("/goals/{goalId}")
	@Operation(operationId = "removeGoal",
			summary = "Remove a goal with its steps (responsible team only), based on the version read")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "400", description = "The version is missing or no number")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or goal, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The goal changed since the given version; nothing is removed")
	ResponseEntity<Void> removeGoal(@PathVariable UUID id, @PathVariable UUID goalId,
			@Parameter(description = "The version of the goal read") @RequestParam int version,
			Authentication authentication) {
		this.removals.removeGoal(new ParticipantId(id), goalId, version, this.viewers.of(authentication));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/steps/{stepId}")
	@Operation(operationId = "removeStep", summary = "Remove a step (responsible team only), based on the version read")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "400", description = "The version is missing or no number")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or step, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The step changed since the given version; nothing is removed")
	ResponseEntity<Void> removeStep(@PathVariable UUID id, @PathVariable UUID stepId,
			@Parameter(description = "The version of the step read") @RequestParam int version,
			Authentication authentication) {
		this.removals.removeStep(new ParticipantId(id), stepId, version, this.viewers.of(authentication));
		return ResponseEntity.noContent().build();
	}

}
