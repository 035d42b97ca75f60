package de.weitblick.participant.portal.web;

import java.util.Locale;
import java.util.Map;

import de.weitblick.participant.dataprotection.SubjectAccessReport;
import de.weitblick.participant.portal.OwnCase;
import de.weitblick.participant.portal.OwnCases;
import de.weitblick.participant.portal.OwnData;
import de.weitblick.participant.web.PdfDocuments;
import de.weitblick.privacy.ConsentPurpose;
import de.weitblick.shared.RuleViolation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The own data in the own area: consents with one-click withdrawal, and the report of
 * everything stored as JSON or PDF.
 */
@Controller
class OwnDataController {

	private final OwnData ownData;

	private final OwnCases ownCases;

	private final PdfDocuments pdf;

	OwnDataController(OwnData ownData, OwnCases ownCases, PdfDocuments pdf) {
		this.ownData = ownData;
		this.ownCases = ownCases;
		this.pdf = pdf;
	}

	@GetMapping("/mein-bereich/daten")
	String data(Authentication authentication, Model model) {
		model.addAttribute("consents", this.ownData.consents(this.ownCases.required(authentication)));
		return "participant/portal/data";
	}

	@PostMapping("/mein-bereich/daten/einwilligungen/{purpose}/widerruf")
	String withdraw(@PathVariable ConsentPurpose purpose, Authentication authentication, RedirectAttributes redirect) {
		try {
			this.ownData.withdraw(this.ownCases.required(authentication), purpose);
			redirect.addFlashAttribute("messageKey", "participant.portal.consent-withdrawn");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errorKey", violation.messageKey());
		}
		return "redirect:/mein-bereich/daten";
	}

	@GetMapping(path = "/mein-bereich/daten/auskunft.json", produces = "application/json")
	@ResponseBody
	ResponseEntity<SubjectAccessReport> subjectAccessJson(Authentication authentication) {
		SubjectAccessReport report = this.ownData.subjectAccess(this.ownCases.required(authentication));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("json"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(report);
	}

	@GetMapping(path = "/mein-bereich/daten/auskunft.pdf", produces = "application/pdf")
	@ResponseBody
	ResponseEntity<byte[]> subjectAccessPdf(Authentication authentication, Locale locale) {
		OwnCase own = this.ownCases.required(authentication);
		SubjectAccessReport report = this.ownData.subjectAccess(own);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("pdf"))
			.contentType(MediaType.APPLICATION_PDF)
			.body(this.pdf.render("participant/subject-access-pdf", Map.of("report", report), locale));
	}

	static String attachment(String extension) {
		// No personal data in the file name: it may end up in a download folder or a
		// mail.
		return ContentDisposition.attachment().filename("meine-daten." + extension).build().toString();
	}

}
