package de.weitblick.participant.portal.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.portal.InvitationChannel;
import de.weitblick.participant.portal.IssuedInvitation;
import de.weitblick.participant.portal.ParticipantPortal;
import de.weitblick.participant.portal.PortalAccessStatus;
import de.weitblick.participant.portal.PortalInvitations;
import de.weitblick.participant.portal.PortalStartPage;
import de.weitblick.participant.web.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The own area as JSON for a participant's account ({@code /api/v1/me}), and the
 * responsible team's invitations into it.
 */
@RestController
@Tag(name = "Own area",
		description = "A participant's own area (Mein Bereich) and the invitations into it; " + "every call is audited")
class PortalRestController {

	private final ParticipantPortal portal;

	private final PortalInvitations invitations;

	private final Viewers viewers;

	PortalRestController(ParticipantPortal portal, PortalInvitations invitations, Viewers viewers) {
		this.portal = portal;
		this.invitations = invitations;
		this.viewers = viewers;
	}

	@GetMapping("/api/v1/me")
	@Operation(operationId = "readOwnArea",
			summary = "The participant's own start: whom they work with and how many messages are unread")
	@ApiResponse(responseCode = "200", description = "The start; 'bound' is false when the account has no case file")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	PortalStartPage me(Authentication authentication) {
		return this.portal.start(authentication);
	}

	@GetMapping("/api/v1/participants/{id}/portal-access")
	@Operation(operationId = "readPortalAccess",
			summary = "Whether the person has an account for the own area and an open invitation (never a code)")
	@ApiResponse(responseCode = "200", description = "The state of the person's access")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's")
	PortalAccessStatus access(@PathVariable UUID id, Authentication authentication) {
		return this.invitations.status(new ParticipantId(id), this.viewers.of(authentication));
	}

	@PostMapping("/api/v1/participants/{id}/portal-invitations")
	@Operation(operationId = "invitePerson",
			summary = "Invite the person into the own area by e-mail (a one-time link) or letter (a one-time code "
					+ "to print); with 'reset' the account in use is closed first (lost access)")
	@ApiResponse(responseCode = "201", description = "The invitation; the code only for a letter, and only here")
	@ApiResponse(responseCode = "400", description = "The channel is missing; 'errors' names it")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's")
	@ApiResponse(responseCode = "422",
			description = "The address is missing or malformed, or the person has an account already (reset it)")
	ResponseEntity<InvitationResource> invite(@PathVariable UUID id, @Valid @RequestBody InvitationInput input,
			Authentication authentication) {
		ParticipantId participant = new ParticipantId(id);
		IssuedInvitation issued = Boolean.TRUE.equals(input.reset())
				? this.invitations.reset(participant, input.channel(), input.email(), this.viewers.of(authentication))
				: this.invitations.invite(participant, input.channel(), input.email(), this.viewers.of(authentication));
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/portal-access"))
			.body(new InvitationResource(issued.id(), issued.channel(),
					(issued.channel() == InvitationChannel.LETTER) ? issued.code() : null, issued.expiresAt()));
	}

	/**
	 * @param email required for EMAIL
	 * @param reset whether to close the account in use first
	 */
	record InvitationInput(@NotNull(message = "{participant.portal.rule.channel-required}") InvitationChannel channel,
			String email, Boolean reset) {
	}

	/**
	 * @param code the one-time code to print, for a letter only
	 */
	record InvitationResource(UUID id, InvitationChannel channel, String code, Instant expiresAt) {
	}

}
