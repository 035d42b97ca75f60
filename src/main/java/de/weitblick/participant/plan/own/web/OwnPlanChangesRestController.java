package de.weitblick.participant.plan.own.web;

import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.plan.own.OwnPlanChanges;
import de.weitblick.participant.plan.own.PersonsPlanChanges;
import de.weitblick.participant.web.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the person changed in the own plan, for the responsible team: the list with the
 * latest agreement, and marking it seen.
 */
@RestController
@RequestMapping("/api/v1/participants/{id}/plan/own-changes")
@Tag(name = "Support plans")
class OwnPlanChangesRestController {

	private final OwnPlanChanges changes;

	private final Viewers viewers;

	OwnPlanChangesRestController(OwnPlanChanges changes, Viewers viewers) {
		this.changes = changes;
		this.viewers = viewers;
	}

	@GetMapping
	@Operation(operationId = "listOwnPlanChanges",
			summary = "What the person changed in the own plan (own words, steps done, agreement), the newest first, "
					+ "with the latest agreement and whether it is for the plan as it stands (responsible team only)")
	@ApiResponse(responseCode = "200", description = "The changes; 'unseen' counts those nobody of the team has seen")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's (audited)")
	PersonsPlanChanges list(@PathVariable UUID id, Authentication authentication) {
		return this.changes.read(new ParticipantId(id), this.viewers.of(authentication));
	}

	@PostMapping("/seen")
	@Operation(operationId = "markOwnPlanChangesSeen",
			summary = "Mark every change the person made in the own plan seen (responsible team only)")
	@ApiResponse(responseCode = "200", description = "The changes, none of them new")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's (audited)")
	PersonsPlanChanges markSeen(@PathVariable UUID id, Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		this.changes.markSeen(participant, viewer);
		return this.changes.read(participant, viewer);
	}

}
