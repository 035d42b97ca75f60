package de.weitblick.participant.dataprotection.web;

import java.util.Locale;
import java.util.UUID;

import de.weitblick.participant.dataprotection.SubjectAccessReport;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The person's request for access (Art. 15 GDPR) from the case file page: the report as
 * JSON or as a tagged PDF in the reader's language.
 */
@Controller
class SubjectAccessController {

	private final SubjectAccessFiles files;

	SubjectAccessController(SubjectAccessFiles files) {
		this.files = files;
	}

	@GetMapping(path = "/participants/{id}/subject-access", produces = "application/json")
	@ResponseBody
	ResponseEntity<SubjectAccessReport> subjectAccessJson(@PathVariable UUID id, Authentication authentication) {
		return this.files.json(id, authentication);
	}

	@GetMapping(path = "/participants/{id}/subject-access.pdf", produces = "application/pdf")
	@ResponseBody
	ResponseEntity<byte[]> subjectAccessPdf(@PathVariable UUID id, Authentication authentication, Locale locale) {
		return this.files.pdf(id, authentication, locale);
	}

}
