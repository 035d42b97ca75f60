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

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of a case file through the API, with the checks of the case file page:
 * only PDF, PNG and JPEG recognised by their content, at most 10 MB, for the responsible
 * team only; every upload, list and download is audited. Documents are kept with the case
 * and erased with it, as on the page: there is no deleting one by hand.
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

	/**
	 * @param title what the document is
	 * @param fileName the name it was uploaded under, cleaned, with the extension of its
	 * content
	 * @param type what the content really is
	 * @param uploadedBy the uploader's user name
	 */
	record DocumentResource(UUID id, String title, String fileName, DocumentType type, String mediaType, int sizeBytes,
			String uploadedBy, Instant uploadedAt) {

		static DocumentResource of(CaseDocument document) {
			return new DocumentResource(document.id(), document.title(), document.fileName(), document.type(),
					document.type().mediaType(), document.sizeBytes(), document.uploadedBy(), document.uploadedAt());
		}

	}

}
