package de.weitblick.participant.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.weitblick.participant.dataprotection.SubjectAccessReport;
import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.portal.OwnData;
import de.weitblick.participant.web.PdfDocuments;
import de.weitblick.privacy.Consent;
import de.weitblick.privacy.ConsentPurpose;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The own data as JSON for a participant's account: consents, their withdrawal, and the
 * report of everything stored.
 */
@RestController
@Tag(name = "Own area")
class OwnDataRestController {

	private final OwnData ownData;

	private final OwnCases ownCases;

	private final PdfDocuments pdf;

	OwnDataRestController(OwnData ownData, OwnCases ownCases, PdfDocuments pdf) {
		this.ownData = ownData;
		this.ownCases = ownCases;
		this.pdf = pdf;
	}

	@GetMapping("/api/v1/me/consents")
	@Operation(operationId = "listOwnConsents", summary = "The own consents per purpose with their dates")
	@ApiResponse(responseCode = "200", description = "The consents, the newest first")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	List<Consent> consents(Authentication authentication) {
		return this.ownData.consents(this.ownCases.required(authentication));
	}

	@PostMapping("/api/v1/me/consents/{purpose}/withdrawal")
	@Operation(operationId = "withdrawOwnConsent",
			summary = "Withdraw a consent in force; what was collected under it is erased at once")
	@ApiResponse(responseCode = "200", description = "The consents after the withdrawal")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	@ApiResponse(responseCode = "422", description = "No consent to this purpose is in force")
	List<Consent> withdraw(@PathVariable ConsentPurpose purpose, Authentication authentication) {
		var own = this.ownCases.required(authentication);
		this.ownData.withdraw(own, purpose);
		return this.ownData.consents(own);
	}

	@GetMapping(path = "/api/v1/me/subject-access", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "exportOwnData",
			summary = "Everything stored about the person that the own area shows (Art. 15 GDPR); audited")
	@ApiResponse(responseCode = "200", description = "The report")
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	ResponseEntity<SubjectAccessReport> subjectAccess(Authentication authentication) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, OwnDataController.attachment("json"))
			.body(this.ownData.subjectAccess(this.ownCases.required(authentication)));
	}

	@GetMapping(path = "/api/v1/me/subject-access/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(operationId = "printOwnData", summary = "The same report as a tagged PDF; audited")
	@ApiResponse(responseCode = "200", description = "The PDF, as an attachment",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
					schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "403", description = "Only a participant's account has an own area")
	@ApiResponse(responseCode = "404", description = "The account is bound to no case file")
	ResponseEntity<byte[]> subjectAccessPdf(Authentication authentication) {
		Locale locale = LocaleContextHolder.getLocale();
		SubjectAccessReport report = this.ownData.subjectAccess(this.ownCases.required(authentication));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, OwnDataController.attachment("pdf"))
			.contentType(MediaType.APPLICATION_PDF)
			.body(this.pdf.render("participant/subject-access-pdf", Map.of("report", report), locale));
	}

}
