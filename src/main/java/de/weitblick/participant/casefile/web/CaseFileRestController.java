package de.weitblick.participant.casefile.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.CaseFileReading;
import de.weitblick.participant.Participant;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.ParticipantManagement;
import de.weitblick.participant.ParticipantStatus;
import de.weitblick.participant.web.Viewers;
import de.weitblick.privacy.AccessPurpose;
import de.weitblick.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Closing and reopening a case file through the API, with the rules, access checks and
 * audit of the case file page.
 */
@RestController
@RequestMapping("/api/v1/participants/{id}")
@Tag(name = "Participants", description = "Case files of participants (Teilnehmende); every call is audited")
class CaseFileRestController {

	private final ParticipantManagement participants;

	private final CaseFileReading caseFiles;

	private final Viewers viewers;

	CaseFileRestController(ParticipantManagement participants, CaseFileReading caseFiles, Viewers viewers) {
		this.participants = participants;
		this.caseFiles = caseFiles;
		this.viewers = viewers;
	}

	@PostMapping("/close")
	@Operation(operationId = "closeCaseFile",
			summary = "Close a case file (responsible team only), based on the "
					+ "version read; its retention period starts today")
	@ApiResponse(responseCode = "200", description = "The case file's new status and version")
	@ApiResponse(responseCode = "400", description = "The version is missing; 'errors' names it")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The case file changed since the given version; it stays open")
	@ApiResponse(responseCode = "422", description = "The case file is closed already")
	CaseStatusResource closeCaseFile(@PathVariable UUID id, @Valid @RequestBody VersionInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		this.participants.close(new ParticipantId(id), input.version(), viewer);
		return status(id, viewer);
	}

	@PostMapping("/reopen")
	@Operation(operationId = "reopenCaseFile",
			summary = "Take a closed case file up again (responsible team only), "
					+ "based on the version read; its retention period stops")
	@ApiResponse(responseCode = "200", description = "The case file's new status and version")
	@ApiResponse(responseCode = "400", description = "The version is missing; 'errors' names it")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The case file changed since the given version; it stays closed")
	@ApiResponse(responseCode = "422", description = "The case file is not closed")
	CaseStatusResource reopenCaseFile(@PathVariable UUID id, @Valid @RequestBody VersionInput input,
			Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		this.participants.reopen(new ParticipantId(id), input.version(), viewer);
		return status(id, viewer);
	}

	private CaseStatusResource status(UUID id, StaffMember viewer) {
		Participant participant = this.caseFiles.caseFile(new ParticipantId(id), viewer, AccessPurpose.CASE_WORK)
			.orElseThrow(() -> new NotFound("participant.not-found"))
			.participant();
		return new CaseStatusResource(id, participant.version(), participant.status(), participant.closedOn());
	}

	/**
	 * @param version send it back with the next change
	 * @param closedOn the day the case was closed, null while it is open
	 */
	record CaseStatusResource(UUID id, int version, ParticipantStatus status, LocalDate closedOn) {
	}

	record VersionInput(@NotNull(message = "{participant.validation.version}") Integer version) {
	}

}
