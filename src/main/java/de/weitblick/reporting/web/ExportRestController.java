package de.weitblick.reporting.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.weitblick.organisation.SignedInStaff;
import de.weitblick.reporting.ExportFormat;
import de.weitblick.reporting.ExportedList;
import de.weitblick.reporting.ListExport;
import de.weitblick.reporting.ListExports;
import de.weitblick.shared.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of the lists people work with as an API: start one with the list's filters,
 * follow it, download its file while it is kept. Only the person who asked sees an export
 * and its file.
 */
@RestController
@RequestMapping("/api/v1/reports/exports")
@Tag(name = "Exports", description = "Exports of the lists people work with (caseload, projects, enrolments, "
		+ "waiting lists, attendance, audit trail) as CSV or XLSX with the list's filters applied; an export holds "
		+ "only what the caller may see on the list, is recorded in the audit trail naming the people in it, and "
		+ "its file is kept for a limited time for the caller only")
class ExportRestController {

	private final ListExports exports;

	private final SignedInStaff signedIn;

	ExportRestController(ListExports exports, SignedInStaff signedIn) {
		this.exports = exports;
		this.signedIn = signedIn;
	}

	@PostMapping
	@Operation(summary = "Start the export of a list in the background; follow it at the address in Location")
	@ApiResponse(responseCode = "202", description = "Started")
	@ApiResponse(responseCode = "422",
			description = "The caller may not export the list, or a filter cannot be read " + "(the field names it)")
	ResponseEntity<ListExport> startExport(@Valid @RequestBody ExportInput input, Locale locale,
			Authentication authentication) {
		var viewer = this.signedIn.required(authentication);
		UUID id = this.exports.start(input.list(), input.format(),
				(input.filters() != null) ? input.filters() : Map.of(), viewer, locale);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/reports/exports/" + id))
			.body(this.exports.export(id, viewer).orElseThrow());
	}

	@GetMapping
	@Operation(summary = "The caller's exports whose files are still kept, newest first")
	List<ListExport> listExports(Authentication authentication) {
		return this.exports.exports(this.signedIn.required(authentication));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An export with its status and progress")
	@ApiResponse(responseCode = "404", description = "No such export of the caller's, or its file is no longer kept")
	ListExport getExport(@PathVariable UUID id, Authentication authentication) {
		return this.exports.export(id, this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("reporting.export.not-found"));
	}

	@GetMapping(path = "/{id}/file",
			produces = { "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
	@Operation(summary = "Download the exported file once the export is done")
	@ApiResponse(responseCode = "404",
			description = "No such export of the caller's, it is not done yet, or its file is no longer kept")
	ResponseEntity<byte[]> downloadExport(@PathVariable UUID id, Authentication authentication) {
		return ExportController.file(this.exports.file(id, this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("reporting.export.not-found")));
	}

	/**
	 * @param list which list
	 * @param format the file's format
	 * @param filters the list's filters by name, as its page takes them (dates as ISO
	 * days, identifiers as UUIDs); others are ignored
	 */
	record ExportInput(@NotNull(message = "{reporting.export.rule.list-missing}") ExportedList list,
			@NotNull(message = "{reporting.export.rule.format-missing}") ExportFormat format,
			Map<String, String> filters) {
	}

}
