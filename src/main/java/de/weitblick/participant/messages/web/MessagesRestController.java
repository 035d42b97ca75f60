package de.weitblick.participant.messages.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.messages.Message;
import de.weitblick.participant.messages.MessageThread;
import de.weitblick.participant.messages.Messages;
import de.weitblick.participant.portal.OwnCases;
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
 * The message thread between the responsible team and the person as JSON: the team's side
 * under the case file, the person's side under {@code /api/v1/me}. Reading marks the
 * other side's messages read; every call is audited.
 */
@RestController
@Tag(name = "Messages", description = "The message thread (Nachrichten) between the responsible team and the "
		+ "person; every call is audited")
class MessagesRestController {

	private final Messages messages;

	private final Viewers viewers;

	private final OwnCases ownCases;

	MessagesRestController(Messages messages, Viewers viewers, OwnCases ownCases) {
		this.messages = messages;
		this.viewers = viewers;
		this.ownCases = ownCases;
	}

	@GetMapping("/api/v1/participants/{id}/messages")
	@Operation(operationId = "listCaseMessages",
			summary = "The thread of a case file, the newest first (responsible team only); the person's "
					+ "messages become read")
	@ApiResponse(responseCode = "200", description = "The messages, the newest first")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's")
	List<MessageResource> thread(@PathVariable UUID id, Authentication authentication) {
		return resources(this.messages.thread(new ParticipantId(id), this.viewers.of(authentication)));
	}

	@PostMapping("/api/v1/participants/{id}/messages")
	@Operation(operationId = "writeCaseMessage",
			summary = "Write to the person; their account is notified, the e-mail copy carries no text")
	@ApiResponse(responseCode = "201", description = "The message as stored")
	@ApiResponse(responseCode = "400", description = "The text is missing or too long; 'errors' names it")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's")
	ResponseEntity<MessageResource> write(@PathVariable UUID id, @Valid @RequestBody MessageInput input,
			Authentication authentication) {
		ParticipantId participant = new ParticipantId(id);
		UUID message = this.messages.write(participant, input.text(), this.viewers.of(authentication));
		MessageResource written = resources(this.messages.thread(participant, this.viewers.of(authentication))).stream()
			.filter(resource -> resource.id().equals(message))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/messages")).body(written);
	}

	@GetMapping("/api/v1/me/messages")
	@Operation(operationId = "listOwnMessages",
			summary = "The own thread with the responsible team, the newest first; the team's messages become read")
	@ApiResponse(responseCode = "200", description = "The messages, the newest first")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own thread")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	List<MessageResource> ownThread(Authentication authentication) {
		return resources(this.messages.ownThread(this.ownCases.required(authentication)));
	}

	@PostMapping("/api/v1/me/messages")
	@Operation(operationId = "writeOwnMessage",
			summary = "Write to the responsible team; the responsible counsellor is notified")
	@ApiResponse(responseCode = "201", description = "The message as stored")
	@ApiResponse(responseCode = "400", description = "The text is missing or too long; 'errors' names it")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own thread")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	ResponseEntity<MessageResource> writeOwn(@Valid @RequestBody MessageInput input, Authentication authentication) {
		var own = this.ownCases.required(authentication);
		UUID message = this.messages.writeOwn(own, input.text());
		MessageResource written = resources(this.messages.ownThread(own)).stream()
			.filter(resource -> resource.id().equals(message))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/me/messages")).body(written);
	}

	private static List<MessageResource> resources(MessageThread thread) {
		return thread.messages().stream().map(MessageResource::of).toList();
	}

	/**
	 * One message.
	 *
	 * @param fromParticipant whether the person wrote it (otherwise the team)
	 * @param readAt when the other side read it, or null
	 */
	record MessageResource(UUID id, boolean fromParticipant, String authorName, String text, Instant writtenAt,
			Instant readAt) {

		static MessageResource of(Message message) {
			return new MessageResource(message.id(), message.fromParticipant(), message.authorName(), message.text(),
					message.writtenAt(), message.readAt());
		}

	}

	record MessageInput(@NotBlank(message = "{participant.message.rule.empty}") @Size(max = 4000,
			message = "{participant.validation.too-long}") String text) {
	}

}
