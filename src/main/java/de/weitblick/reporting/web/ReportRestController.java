package de.weitblick.reporting.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.reporting.FunderReports;
import de.weitblick.reporting.ReportRun;
import de.weitblick.shared.NotFound;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funder reports as an API: start a run, follow it, download its files.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Funder reports for a programme, optionally one project, and a period: the ESF "
		+ "Plus output indicators at entry, participants, outcomes and result indicators, budget against actuals; "
		+ "every count of people below the disclosure threshold is hidden")
class ReportRestController {

	private final FunderReports reports;

	private final SignedInStaff signedIn;

	ReportRestController(FunderReports reports, SignedInStaff signedIn) {
		this.reports = reports;
		this.signedIn = signedIn;
	}

	@PostMapping("/funder-reports")
	@Operation(summary = "Start a funder report in the background (head of department); follow it at the address "
			+ "in Location")
	@ApiResponse(responseCode = "202", description = "Started")
	@ApiResponse(responseCode = "422", description = "No such programme, the period ends before it starts, the "
			+ "programme granted nothing in the period, or the caller may not ask for reports")
	ResponseEntity<ReportRun> startFunderReport(@Valid @RequestBody FunderReportInput input,
			Authentication authentication) {
		var viewer = this.signedIn.required(authentication);
		UUID id = this.reports.start(new FundingProgrammeId(input.programmeId()), input.projectId(), input.from(),
				input.to(), viewer);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/reports/runs/" + id))
			.body(this.reports.run(id, viewer).orElseThrow());
	}

	@GetMapping("/runs/{id}")
	@Operation(summary = "A report run with its status and progress")
	ReportRun getReportRun(@PathVariable UUID id, Authentication authentication) {
		return this.reports.run(id, this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("reporting.run.not-found"));
	}

	@GetMapping(path = "/runs/{id}/xlsx",
			produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	@Operation(summary = "Download the report as XLSX once it is done")
	ResponseEntity<byte[]> downloadReportWorkbook(@PathVariable UUID id, Authentication authentication) {
		return file(id, "xlsx", FunderReportController.XLSX, authentication);
	}

	@GetMapping(path = "/runs/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Download the report as tagged PDF once it is done")
	ResponseEntity<byte[]> downloadReportDocument(@PathVariable UUID id, Authentication authentication) {
		return file(id, "pdf", MediaType.APPLICATION_PDF, authentication);
	}

	private ResponseEntity<byte[]> file(UUID id, String kind, MediaType type, Authentication authentication) {
		byte[] file = this.reports.file(id, kind, this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("reporting.run.not-found"));
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("foerderbericht-" + id + "." + kind).build().toString())
			.body(file);
	}

	record FunderReportInput(@NotNull(message = "{reporting.rule.programme-missing}") UUID programmeId, UUID projectId,
			@NotNull(message = "{reporting.rule.period}") LocalDate from,
			@NotNull(message = "{reporting.rule.period}") LocalDate to) {
	}

}
