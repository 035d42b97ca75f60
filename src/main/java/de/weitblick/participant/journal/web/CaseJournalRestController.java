package de.weitblick.participant.journal.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.journal.CaseJournal;
import de.weitblick.participant.journal.CaseNote;
import de.weitblick.participant.journal.NoteVisibility;
import de.weitblick.participant.web.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments and counselling notes of a case file as JSON, with the rules, access
 * checks and audit of the case file page: only the responsible team sees and writes them,
 * and a note written for its author alone is read by nobody else.
 */
@RestController
@RequestMapping("/api/v1/participants/{id}")
@Tag(name = "Case journal", description = "Appointments and counselling notes (Termine, Beratungsvermerke) of a case "
		+ "file; every call is audited")
class CaseJournalRestController {

	private final CaseJournal journal;

	private final Viewers viewers;

	CaseJournalRestController(CaseJournal journal, Viewers viewers) {
		this.journal = journal;
		this.viewers = viewers;
	}

	@GetMapping("/notes")
	@Operation(operationId = "listNotes",
			summary = "The counselling notes the caller may read, the newest first: the "
					+ "team's and the caller's own (responsible team only); the read is audited")
	@ApiResponse(responseCode = "200", description = "The notes; another author's AUTHOR_ONLY notes are left out")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404",
			description = "No such case file, or not the caller's team's (project views leave notes out)")
	List<NoteResource> notes(@PathVariable UUID id, Authentication authentication) {
		return this.journal.readNotes(new ParticipantId(id), this.viewers.of(authentication))
			.stream()
			.map(NoteResource::of)
			.toList();
	}

	@PostMapping("/notes")
	@Operation(operationId = "writeNote",
			summary = "Write a counselling note; it is never changed afterwards (a "
					+ "correction is a new note). Visibility TEAM unless given.")
	@ApiResponse(responseCode = "201", description = "The note as stored")
	@ApiResponse(responseCode = "400", description = "The text is missing or too long; 'errors' names the field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's")
	ResponseEntity<NoteResource> writeNote(@PathVariable UUID id, @Valid @RequestBody NoteInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		UUID noteId = this.journal.writeNote(participant, input.text(), input.visibility(), viewer);
		NoteResource note = this.journal.notes(participant, viewer)
			.stream()
			.filter(candidate -> candidate.id().equals(noteId))
			.findFirst()
			.map(NoteResource::of)
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/notes/" + noteId)).body(note);
	}

	@DeleteMapping("/notes/{noteId}")
	@Operation(operationId = "removeNote",
			summary = "Remove a counselling note (its author only), with a reason: its text is gone, its trace "
					+ "(who removed it when and why) stays in the list and the audit trail")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "400",
			description = "The reason is missing or too long, or the caller did not write the note; 'errors' "
					+ "names the field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or note, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The note was removed in the meantime")
	ResponseEntity<Void> removeNote(@PathVariable UUID id, @PathVariable UUID noteId, @Parameter(
			description = "Why it is removed, kept with its trace") @RequestParam(required = false) String reason,
			Authentication authentication) {
		this.journal.removeNote(new ParticipantId(id), noteId, reason, this.viewers.of(authentication));
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param author the author's user name
	 * @param text null once the note was removed
	 * @param removedAt when its author removed it, null while it is kept
	 * @param removalReason why it was removed, null while it is kept
	 */
	record NoteResource(UUID id, Instant writtenAt, String author, String authorName, NoteVisibility visibility,
			String text, Instant removedAt, String removalReason) {

		static NoteResource of(CaseNote note) {
			return new NoteResource(note.id(), note.writtenAt(), note.author(), note.authorName(), note.visibility(),
					note.text(), note.removedAt(), note.removalReason());
		}

	}

	/**
	 * @param visibility TEAM when not given
	 */
	record NoteInput(@NotBlank(message = "{participant.note.rule.text-required}") @Size(max = 4000,
			message = "{participant.validation.too-long}") String text, NoteVisibility visibility) {
	}

}
