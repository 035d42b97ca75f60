package de.weitblick.reporting.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.reporting.ExportFormat;
import de.weitblick.reporting.ExportedList;
import de.weitblick.reporting.ListExport;
import de.weitblick.reporting.ListExports;
import de.weitblick.shared.NotFound;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The exports of lists: the export control of a list page asks for one here, the page
 * follows its progress (refreshing itself while one runs) and offers the file when it is
 * ready.
 */
@Controller
class ExportController {

	private final ListExports exports;

	private final SignedInStaff signedIn;

	ExportController(ListExports exports, SignedInStaff signedIn) {
		this.exports = exports;
		this.signedIn = signedIn;
	}

	@GetMapping("/reports/exports")
	String page(Authentication authentication, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("exports", this.exports.exports(this.signedIn.required(authentication)));
		return (htmx != null) ? "reporting/exports :: exports" : "reporting/exports";
	}

	@PostMapping("/reports/exports")
	String start(@RequestParam Map<String, String> parameters, Authentication authentication, Locale locale,
			Model model) {
		StaffMember viewer = this.signedIn.required(authentication);
		try {
			this.exports.start(value(ExportedList.class, parameters.get("list")),
					value(ExportFormat.class, parameters.get("format")), parameters, viewer, locale);
			return "redirect:/reports/exports";
		}
		catch (RuleViolation violation) {
			model.addAttribute("violation", violation);
			model.addAttribute("exports", this.exports.exports(viewer));
			return "reporting/exports";
		}
	}

	@GetMapping("/reports/exports/{id}/file")
	ResponseEntity<byte[]> download(@PathVariable UUID id, Authentication authentication) {
		ListExport.File file = this.exports.file(id, this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("reporting.export.not-found"));
		return file(file);
	}

	static ResponseEntity<byte[]> file(ListExport.File file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.format().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name) {
		try {
			return (name != null) ? Enum.valueOf(type, name) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
