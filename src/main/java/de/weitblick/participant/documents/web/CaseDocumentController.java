package de.weitblick.participant.documents.web;

import java.io.IOException;
import java.util.UUID;

import de.weitblick.participant.ParticipantId;
import de.weitblick.participant.documents.CaseDocuments;
import de.weitblick.participant.web.Viewers;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading, downloading, renaming and removing the documents of a case file.
 */
@Controller
class CaseDocumentController {

	private final CaseDocuments documents;

	private final Viewers viewers;

	CaseDocumentController(CaseDocuments documents, Viewers viewers) {
		this.documents = documents;
		this.viewers = viewers;
	}

	@PostMapping("/participants/{id}/documents")
	String upload(@PathVariable UUID id, @RequestParam(required = false) String title,
			@RequestParam(required = false) MultipartFile file, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			this.documents.upload(new ParticipantId(id), title, (file != null) ? file.getOriginalFilename() : null,
					content, this.viewers.of(authentication));
			redirect.addFlashAttribute("messageKey", "participant.document.saved");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("journalErrorKey", violation.messageKey());
			redirect.addFlashAttribute("journalErrorArguments", violation.arguments());
		}
		return "redirect:/participants/" + id + "#documents";
	}

	@PostMapping("/participants/{id}/documents/{documentId}")
	String rename(@PathVariable UUID id, @PathVariable UUID documentId, @RequestParam int version,
			@RequestParam(required = false) String title, Authentication authentication, RedirectAttributes redirect) {
		try {
			this.documents.rename(new ParticipantId(id), documentId, version, title, this.viewers.of(authentication));
			redirect.addFlashAttribute("documentsMessageKey", "participant.document.renamed");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("documentsErrorKey", violation.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("documentsErrorKey", "participant.document.changed-in-the-meantime");
		}
		return "redirect:/participants/" + id + "#documents";
	}

	@PostMapping("/participants/{id}/documents/{documentId}/removal")
	String remove(@PathVariable UUID id, @PathVariable UUID documentId, @RequestParam int version,
			@RequestParam(required = false) String reason, Authentication authentication, RedirectAttributes redirect) {
		try {
			this.documents.remove(new ParticipantId(id), documentId, version, reason, this.viewers.of(authentication));
			redirect.addFlashAttribute("documentsMessageKey", "participant.document.removed");
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("documentsErrorKey", "participant.document.changed-in-the-meantime");
		}
		return "redirect:/participants/" + id + "#documents";
	}

	@GetMapping("/participants/{id}/documents/{documentId}")
	@ResponseBody
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId,
			Authentication authentication) {
		var document = this.documents.content(new ParticipantId(id), documentId, this.viewers.of(authentication))
			.orElseThrow(() -> new NotFound("participant.document.not-found"));
		// Always a download, never shown inline: a document must not run in the
		// application's origin.
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(document.type().mediaType()))
			.body(document.bytes());
	}

}
