package de.weitblick.participant.documents.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.documents.CaseDocument;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.documents.DocumentType;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of a case file through the API, with the checks of the case file page:
 * only PDF, PNG and JPEG recognised by their content, at most 10 MB, for the responsible
 * team only; every upload, list, download, change and removal is audited. A removed
 * document leaves a trace (title, who removed it when and why) in the list; its content
 * is gone.
 */
@RestController
@RequestMapping("/api/v1/participants/{id}/documents")
@Tag(name = "Case documents", description = "Documents of a case file (Dokumente); every call is audited")
class CaseDocumentRestController {

	private final CaseDocuments documents;

	private final Viewers viewers;

	CaseDocumentRestController(CaseDocuments documents, Viewers viewers) {
		this.documents = documents;
		this.viewers = viewers;
	}

	@GetMapping
	@Operation(operationId = "listDocuments",
			summary = "The documents of a case file without their content, the "
					+ "newest first (responsible team only); the read is audited")
	@ApiResponse(responseCode = "200", description = "The documents")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404",
			description = "No such case file, or not the caller's team's (project views leave documents out)")
	List<DocumentResource> documents(@PathVariable UUID id, Authentication authentication) {
		return this.documents.read(new ParticipantId(id), this.viewers.of(authentication))
			.stream()
			.map(DocumentResource::of)
			.toList();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "uploadDocument",
			summary = "Keep a document with the case file: a PDF, PNG or JPEG of at "
					+ "most 10 MB, recognised by its content whatever its name or declared type says")
	@ApiResponse(responseCode = "201", description = "The document as stored, with its Location")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file, or not the caller's team's")
	@ApiResponse(responseCode = "413", description = "Larger than the upload limit")
	@ApiResponse(responseCode = "422",
			description = "The title is missing ('field' title), or the file is empty, too large or no PDF, PNG or "
					+ "JPEG ('field' file); nothing is stored")
	ResponseEntity<DocumentResource> upload(@PathVariable UUID id,
			@Parameter(description = "What the document is, such as 'Zeugnis'") @RequestParam(
					required = false) String title,
			@Parameter(description = "The file: PDF, PNG or JPEG") @RequestPart(name = "file",
					required = false) MultipartFile file,
			Authentication authentication) throws IOException {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		UUID documentId = this.documents.upload(participant, title, (file != null) ? file.getOriginalFilename() : null,
				content, viewer);
		DocumentResource document = this.documents.allOf(participant)
			.stream()
			.filter(candidate -> candidate.id().equals(documentId))
			.findFirst()
			.map(DocumentResource::of)
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/documents/" + documentId))
			.body(document);
	}

	@GetMapping(path = "/{documentId}",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE })
	@Operation(operationId = "downloadDocument",
			summary = "The content of a document, always as a download; the download is audited")
	@ApiResponse(responseCode = "200", description = "The file, with the media type of its content", content = {
			@Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404", description = "No such case file or document, or not the caller's team's")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId,
			Authentication authentication) {
		var document = this.documents.content(new ParticipantId(id), documentId, this.viewers.of(authentication))
			.orElseThrow(() -> new NotFound("participant.document.not-found"));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(document.type().mediaType()))
			.body(document.bytes());
	}

	@PutMapping("/{documentId}")
	@Operation(operationId = "changeDocument",
			summary = "Give a document another title (responsible team only), based on the version read")
	@ApiResponse(responseCode = "200", description = "The document as changed, with its new version")
	@ApiResponse(responseCode = "400", description = "Version or title missing; 'errors' names each field")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404",
			description = "No such case file or document, a removed document, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The document changed since the given version; nothing is changed")
	DocumentResource changeDocument(@PathVariable UUID id, @PathVariable UUID documentId,
			@Valid @RequestBody DocumentChange input, Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		ParticipantId participant = new ParticipantId(id);
		this.documents.rename(participant, documentId, input.version(), input.title(), viewer);
		return this.documents.allOf(participant)
			.stream()
			.filter(candidate -> candidate.id().equals(documentId))
			.findFirst()
			.map(DocumentResource::of)
			.orElseThrow();
	}

	@DeleteMapping("/{documentId}")
	@Operation(operationId = "removeDocument",
			summary = "Remove a document (responsible team only), based on the version read: its content is "
					+ "gone, its trace stays in the list and the audit trail")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "400", description = "The version is missing or no number")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404",
			description = "No such case file or document, one removed already, or not the caller's team's")
	@ApiResponse(responseCode = "409", description = "The document changed since the given version; nothing is removed")
	ResponseEntity<Void> removeDocument(@PathVariable UUID id, @PathVariable UUID documentId,
			@Parameter(description = "The version of the document read") @RequestParam int version,
			@Parameter(description = "Why it is removed, kept with its trace") @RequestParam(
					required = false) String reason,
			Authentication authentication) {
		this.documents.remove(new ParticipantId(id), documentId, version, reason, this.viewers.of(authentication));
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param version the version of the document read
	 * @param title what the document is
	 */
	record DocumentChange(@NotNull(message = "{participant.validation.version}") Integer version,
			@NotBlank(message = "{participant.document.rule.title-required}") @Size(max = 200,
					message = "{participant.validation.too-long}") String title) {
	}

	/**
	 * @param title what the document is
	 * @param fileName the name it was uploaded under, cleaned, with the extension of its
	 * content
	 * @param type what the content really is
	 * @param uploadedBy the uploader's user name
	 * @param uploadedByPerson whether the person uploaded it in the own area
	 * @param version the version to send with a change or removal
	 * @param removedAt when it was removed, null while it is kept
	 * @param removedBy who removed it, null while it is kept
	 * @param removalReason why, may be null
	 */
	record DocumentResource(UUID id, String title, String fileName, DocumentType type, String mediaType, int sizeBytes,
			String uploadedBy, Instant uploadedAt, boolean uploadedByPerson, int version, Instant removedAt,
			String removedBy, String removalReason) {

		static DocumentResource of(CaseDocument document) {
			return new DocumentResource(document.id(), document.title(), document.fileName(), document.type(),
					document.type().mediaType(), document.sizeBytes(), document.uploadedBy(), document.uploadedAt(),
					document.uploadedByPerson(), document.version(), document.removedAt(), document.removedBy(),
					document.removalReason());
		}

	}

}
