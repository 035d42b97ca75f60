package de.weitblick.participant.dataprotection.web;

import java.util.UUID;

import de.weitblick.participant.dataprotection.SubjectAccessReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The person's request for access (Art. 15 GDPR) through the API, with the access checks
 * and audit of the case file page.
 */
@RestController
@RequestMapping("/api/v1/participants/{id}")
@Tag(name = "Participants", description = "Case files of participants (Teilnehmende); every call is audited")
class SubjectAccessRestController {

	private final SubjectAccessFiles files;

	SubjectAccessRestController(SubjectAccessFiles files) {
		this.files = files;
	}

	@GetMapping(path = "/subject-access", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "reportSubjectAccess",
			summary = "Everything stored about the person (Art. 15 GDPR), "
					+ "as JSON: the responsible team only; the export is audited. Health restrictions only for staff "
					+ "with the permission, otherwise healthWithheld is true.")
	@ApiResponse(responseCode = "200", description = "The report, as an attachment")
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404",
			description = "No such case file, or not the caller's team's (project views leave the report out)")
	ResponseEntity<SubjectAccessReport> subjectAccess(@PathVariable UUID id, Authentication authentication) {
		return this.files.json(id, authentication);
	}

	@GetMapping(path = "/subject-access/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(operationId = "printSubjectAccess",
			summary = "The same report as a tagged PDF in the client's language "
					+ "(Accept-Language), for the person to take home; the export is audited")
	@ApiResponse(responseCode = "200", description = "The PDF, as an attachment",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
					schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "403", description = "The caller's role never sees case files")
	@ApiResponse(responseCode = "404",
			description = "No such case file, or not the caller's team's (project views leave the report out)")
	ResponseEntity<byte[]> subjectAccessPdf(@PathVariable UUID id, Authentication authentication) {
		return this.files.pdf(id, authentication, LocaleContextHolder.getLocale());
	}

}
