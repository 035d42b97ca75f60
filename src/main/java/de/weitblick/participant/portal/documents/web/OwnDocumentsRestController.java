package de.weitblick.participant.portal.documents.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.portal.documents.OwnDocument;
import de.weitblick.participant.portal.documents.OwnDocuments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The own documents through the API ({@code /api/v1/me/documents}): the list, the upload
 * with the content checks of the case file, and the download; bad input is answered with
 * a problem detail.
 */
@RestController
@Tag(name = "Own area")
class OwnDocumentsRestController {

	private final OwnDocuments documents;

	private final OwnCases ownCases;

	OwnDocumentsRestController(OwnDocuments documents, OwnCases ownCases) {
		this.documents = documents;
		this.ownCases = ownCases;
	}

	@GetMapping("/api/v1/me/documents")
	@Operation(operationId = "listOwnDocuments",
			summary = "The documents kept with the own case file, the newest first, without their content")
	@ApiResponse(responseCode = "200", description = "The documents; 'uploadedByMe' marks those the person brought")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	List<OwnDocument> list(Authentication authentication) {
		return this.documents.list(this.ownCases.required(authentication));
	}

	@PostMapping(path = "/api/v1/me/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "uploadOwnDocument",
			summary = "Keep a document the person brings (a certificate, a CV) with the own case file: a PDF, PNG or "
					+ "JPEG of at most 10 MB, recognised by its content whatever its name or declared type says")
	@ApiResponse(responseCode = "201", description = "The document as kept, with its Location")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	@ApiResponse(responseCode = "413", description = "Larger than the upload limit")
	@ApiResponse(responseCode = "422",
			description = "The title is missing ('field' title), or the file is empty, too large or no PDF, PNG or "
					+ "JPEG ('field' file); nothing is stored and the attempt is audited")
	ResponseEntity<OwnDocument> apiUpload(
			@Parameter(description = "What the document is, such as 'Lebenslauf'") @RequestParam(
					required = false) String title,
			@Parameter(description = "The file: PDF, PNG or JPEG") @RequestPart(name = "file",
					required = false) MultipartFile file,
			Authentication authentication) throws IOException {
		OwnDocument kept = this.documents.upload(this.ownCases.required(authentication), title,
				(file != null) ? file.getOriginalFilename() : null, (file != null) ? file.getBytes() : new byte[0]);
		return ResponseEntity.created(URI.create("/api/v1/me/documents/" + kept.id())).body(kept);
	}

	@GetMapping(path = "/api/v1/me/documents/{documentId}",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE })
	@Operation(operationId = "downloadOwnDocument",
			summary = "The content of one own document, always as a download; another person's is refused and audited")
	@ApiResponse(responseCode = "200", description = "The file, with the media type of its content", content = {
			@Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "No such document of the person's own")
	ResponseEntity<byte[]> apiDownload(@PathVariable UUID documentId, Authentication authentication) {
		return OwnDocumentsController.file(this.documents.content(this.ownCases.required(authentication), documentId));
	}

}
