package de.weitblick.dialogue.edition.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.dialogue.DialogueFormat;
import de.weitblick.dialogue.DialogueManagement;
import de.weitblick.dialogue.edition.EditionDetails;
import de.weitblick.dialogue.edition.EditionInvitations;
import de.weitblick.dialogue.edition.EditionPlanning;
import de.weitblick.dialogue.idea.Contributor;
import de.weitblick.dialogue.idea.IdeaSubmission;
import de.weitblick.focusgroup.FocusGroupCode;
import de.weitblick.organisation.SignedInStaff;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dialogue's editions as JSON: their plan, tables and minutes are public; the
 * moderators invite people.
 */
@RestController
@RequestMapping("/api/v1/dialogue/editions")
@Tag(name = "Labour-market dialogue editions",
		description = "Editions of the labour-market dialogue (Arbeitsmarktdialog) with agenda, tables per focus "
				+ "group, participation and minutes")
class EditionRestController {

	private final DialogueManagement dialogue;

	private final EditionPlanning planning;

	private final EditionInvitations invitations;

	private final IdeaSubmission submission;

	private final SignedInStaff signedIn;

	EditionRestController(DialogueManagement dialogue, EditionPlanning planning, EditionInvitations invitations,
			IdeaSubmission submission, SignedInStaff signedIn) {
		this.submission = submission;
		this.signedIn = signedIn;
		this.dialogue = dialogue;
		this.planning = planning;
		this.invitations = invitations;
	}

	@GetMapping
	@Operation(operationId = "listEditions", summary = "All editions, the newest first (public)")
	List<EditionResource> listEditions() {
		return this.dialogue.editions()
			.stream()
			.map(e -> EditionResource.of(this.planning.details(e.id(), false)))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getEdition",
			summary = "One edition with its agenda, tables, participation counts, minutes and attachments (public)")
	@ApiResponse(responseCode = "404", description = "No such edition")
	EditionResource getEdition(@PathVariable UUID id) {
		return EditionResource.of(this.planning.details(id, false));
	}

	@PostMapping("/{id}/invitations")
	@Operation(operationId = "sendInvitation",
			summary = "Invite a person to an edition; the invitation goes out by e-mail (moderators only)")
	@ApiResponse(responseCode = "201", description = "Invited")
	@ApiResponse(responseCode = "400", description = "Missing or malformed fields, named in errors")
	@ApiResponse(responseCode = "404", description = "No such edition")
	@ApiResponse(responseCode = "422", description = "Address invalid or invited already; in field")
	ResponseEntity<InvitationResource> sendInvitation(@PathVariable UUID id, @Valid @RequestBody InvitationInput input,
			Authentication authentication) {
		UUID invitation = this.invitations.invite(id, input.name(), input.email(), input.organisation(),
				authentication.getName());
		return ResponseEntity.created(URI.create("/api/v1/dialogue/editions/" + id + "/invitations/" + invitation))
			.body(new InvitationResource(invitation.toString(), input.name(), input.email(), input.organisation()));
	}

	@PutMapping("/{id}/idea-call")
	@Operation(operationId = "changeEditionIdeaCall",
			summary = "Open or close an edition for ideas, and for ideas, comments and supports from members of "
					+ "the public with a confirmed address (moderators only)")
	@ApiResponse(responseCode = "200", description = "Changed; who may submit now")
	@ApiResponse(responseCode = "404", description = "No such edition")
	@ApiResponse(responseCode = "422", description = "The caller does not moderate the dialogue")
	IdeaSubmission.Call changeEditionIdeaCall(@PathVariable UUID id, @Valid @RequestBody CallInput input,
			Authentication authentication) {
		this.submission.changeCall(id, input.submissionsOpen(), input.publicParticipation(),
				Contributor.staff(this.signedIn.required(authentication)));
		return this.submission.call(id);
	}

	/**
	 * @param publicParticipation only while submissions are open
	 */
	record CallInput(@NotNull Boolean submissionsOpen, @NotNull Boolean publicParticipation) {
	}

	record EditionResource(String id, int number, String title, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
			DialogueFormat format, String venue, String description, LocalDate registrationClosesOn,
			List<AgendaItemResource> agenda, List<TableResource> tables, int invited, int registered, int attended,
			String minutes, List<AttachmentResource> attachments) {

		static EditionResource of(EditionDetails e) {
			return new EditionResource(e.id().toString(), e.number(), e.title(), e.heldOn(), e.startsAt(), e.endsAt(),
					e.format(), e.venue(), e.description(), e.registrationClosesOn(),
					e.agenda()
						.stream()
						.map(a -> new AgendaItemResource(a.startsAt(), a.title(), a.description()))
						.toList(),
					e.tables()
						.stream()
						.map(t -> new TableResource(t.title(), t.focusGroup(), t.host(), t.registered()))
						.toList(),
					e.invited(), e.registered(), e.attended(), e.minutes(),
					e.attachments()
						.stream()
						.map(a -> new AttachmentResource(a.fileName(), a.sizeBytes(),
								"/dialogue/editions/" + e.id() + "/attachments/" + a.id()))
						.toList());
		}

	}

	record AgendaItemResource(LocalTime startsAt, String title, String description) {

	}

	record TableResource(String title, FocusGroupCode focusGroup, String host, int registered) {

	}

	record AttachmentResource(String fileName, int sizeBytes, String href) {

	}

	record InvitationInput(
			@NotBlank(message = "{dialogue.rule.required}") @Size(max = 200,
					message = "{dialogue.validation.too-long}") String name,
			@NotBlank(message = "{dialogue.rule.required}") @Size(max = 320,
					message = "{dialogue.validation.too-long}") String email,
			@Size(max = 200, message = "{dialogue.validation.too-long}") String organisation) {

	}

	record InvitationResource(String id, String name, String email, String organisation) {

	}

}
