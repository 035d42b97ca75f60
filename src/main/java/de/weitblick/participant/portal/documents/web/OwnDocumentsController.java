package de.weitblick.participant.portal.documents.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import de.weitblick.participant.documents.CaseDocuments.DocumentContent;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.portal.documents.OwnDocuments;
import de.weitblick.shared.RuleViolation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The own documents in the own area: the list, the upload (a certificate, a CV) with the
 * content checks of the case file, and the download.
 */
@Controller
class OwnDocumentsController {

	private final OwnDocuments documents;

	private final OwnCases ownCases;

	OwnDocumentsController(OwnDocuments documents, OwnCases ownCases) {
		this.documents = documents;
		this.ownCases = ownCases;
	}

	@GetMapping("/mein-bereich/dokumente")
	String page(Authentication authentication, Model model) {
		OwnDocumentForm form = new OwnDocumentForm();
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		// An upload over the container's limit comes back here from the upload filter.
		if (model.getAttribute("fileErrorKey") instanceof String key) {
			errors.rejectValue("file", key, (Object[]) model.getAttribute("fileErrorArguments"), null);
		}
		return page(this.ownCases.required(authentication), form, errors, model);
	}

	@PostMapping("/mein-bereich/dokumente")
	String upload(@ModelAttribute("form") OwnDocumentForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) throws IOException {
		OwnCase own = this.ownCases.required(authentication);
		MultipartFile file = form.getFile();
		try {
			this.documents.upload(own, form.getTitle(), (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : new byte[0]);
		}
		catch (RuleViolation violation) {
			errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
			return page(own, form, errors, model);
		}
		redirect.addFlashAttribute("messageKey", "participant.portal.documents.uploaded");
		return "redirect:/mein-bereich/dokumente";
	}

	private String page(OwnCase own, OwnDocumentForm form, BindingResult errors, Model model) {
		// A file is never sent back to the browser.
		form.setFile(null);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("documents", this.documents.list(own));
		return "participant/portal/documents";
	}

	@GetMapping("/mein-bereich/dokumente/{documentId}")
	@ResponseBody
	ResponseEntity<byte[]> download(@PathVariable UUID documentId, Authentication authentication) {
		return file(this.documents.content(this.ownCases.required(authentication), documentId));
	}

	static ResponseEntity<byte[]> file(DocumentContent document) {
		// Always a download, never shown inline: a document must not run in the
		// application's origin.
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(document.type().mediaType()))
			.body(document.bytes());
	}

}
