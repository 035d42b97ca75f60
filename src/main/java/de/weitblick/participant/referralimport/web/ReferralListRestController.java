package de.weitblick.participant.referralimport.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import de.weitblick.organisation.Role;
import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.referralimport.ReferralFileRefused;
import de.weitblick.participant.referralimport.ReferralImport;
import de.weitblick.participant.referralimport.ReferralImportId;
import de.weitblick.participant.referralimport.ReferralImportReport;
import de.weitblick.participant.referralimport.ReferralListUploads;
import de.weitblick.participant.referralimport.ReferralImportProgress;
import de.weitblick.participant.referralimport.ReferralImportReports;
import de.weitblick.participant.referralimport.web.ReferralImportRestController.FindingResource;
import de.weitblick.participant.referralimport.web.ReferralImportRestController.ImportResource;
import de.weitblick.participant.referralimport.web.ReferralImportRestController.ReportResource;
import de.weitblick.shared.NotFound;
import de.weitblick.participant.web.Viewers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A Jobcenter uploads its referral lists with its own partner account: the same CSV file
 * as the counsellors' import ({@code docs/referral-import.md}), imported into the team of
 * the counsellor set to take partners' referrals. The partner follows the import and
 * reads its report; it never sees a case file, nor the identifier of one.
 */
@RestController
@RequestMapping("/api/v1/referral-lists")
@Tag(name = "Referral lists", description = "A Jobcenter's referral lists (Zuweisungslisten) as CSV, uploaded with "
		+ "its partner account and imported in the background")
class ReferralListRestController {

	private static final int MAXIMUM_PAGE_SIZE = 1_000;

	private final ReferralListUploads uploads;

	private final ReferralImportProgress progress;

	private final ReferralImportReports reports;

	private final Viewers viewers;

	private final MessageSource messages;

	private final ReferralImportReportCsv csv;

	ReferralListRestController(ReferralListUploads uploads, ReferralImportProgress progress,
			ReferralImportReports reports, Viewers viewers, MessageSource messages, ReferralImportReportCsv csv) {
		this.uploads = uploads;
		this.progress = progress;
		this.reports = reports;
		this.viewers = viewers;
		this.messages = messages;
		this.csv = csv;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "uploadReferralList",
			summary = "Upload a referral list (Jobcenter partner accounts only); "
					+ "it is checked at once and imported in the background",
			description = "The file and its rows follow the rules of the counsellors' import (docs/referral-import.md). "
					+ "The people are registered in the team of the counsellor set to take partners' referrals "
					+ "(setting weitblick.partner-referrals.counsellor), who takes every person whose row names no "
					+ "other counsellor of that team. Rows whose customer number is on record are reported as "
					+ "already imported, never created twice.")
	@ApiResponse(responseCode = "202", description = "Accepted; follow the progress at the Location")
	@ApiResponse(responseCode = "403", description = "The caller is no partner account")
	@ApiResponse(responseCode = "413", description = "Larger than the upload limit")
	@ApiResponse(responseCode = "422",
			description = "Not a referral list that can be read (the reason in 'detail', with 'columns' or 'row'), "
					+ "no Jobcenter account, or nobody set to take partners' referrals; nothing is stored")
	ResponseEntity<ImportResource> uploadReferralList(
			@Parameter(description = "The referral list as a CSV file") @RequestPart("file") MultipartFile file,
			Authentication authentication) throws IOException {
		StaffMember partner = partner(authentication);
		ReferralImportId id = this.uploads.startForPartner(file.getOriginalFilename(), file.getBytes(), partner);
		ReferralImport referralImport = this.progress.referralImport(id, partner).orElseThrow();
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/referral-lists/" + id.id()))
			.body(ImportResource.of(referralImport, null));
	}

	@GetMapping
	@Operation(operationId = "listReferralLists",
			summary = "The lists the caller's partner organisation uploaded, the newest first")
	@ApiResponse(responseCode = "200", description = "The imports with their status and counts")
	@ApiResponse(responseCode = "403", description = "The caller is no partner account")
	List<ImportResource> referralLists(@RequestParam(defaultValue = "50") int limit, Authentication authentication) {
		return this.progress.imports(partner(authentication), Math.clamp(limit, 1, 500))
			.stream()
			.map(i -> ImportResource.of(i, null))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "readReferralList",
			summary = "An uploaded list's status and progress, and once finished one page of its report",
			description = "The report lists every row that was not imported, with the column and the reason in the "
					+ "client's language; it never names a case file. Reading it is audited.")
	@ApiResponse(responseCode = "200", description = "The import, with a page of its report once finished")
	@ApiResponse(responseCode = "403", description = "The caller is no partner account")
	@ApiResponse(responseCode = "404", description = "No such list, or another organisation's")
	ImportResource referralList(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size, Authentication authentication) {
		StaffMember partner = partner(authentication);
		ReferralImport referralImport = this.progress.referralImport(new ReferralImportId(id), partner)
			.orElseThrow(() -> new NotFound("participant.import.not-found"));
		ReportResource report = null;
		if (referralImport.finished()) {
			ReferralImportReport found = this.reports.report(referralImport.id(), Math.max(0, page),
					Math.clamp(size, 1, MAXIMUM_PAGE_SIZE), partner);
			Locale locale = LocaleContextHolder.getLocale();
			report = new ReportResource(found.page(), found.size(), found.total(),
					found.findings()
						.stream()
						.map(finding -> FindingResource.of(finding, this.messages, locale, false))
						.toList());
		}
		return ImportResource.of(referralImport, report);
	}

	@GetMapping(path = "/{id}/report", produces = "text/csv")
	@Operation(operationId = "downloadReferralListReport",
			summary = "The whole report as CSV (UTF-8 with byte order mark, semicolons); the download is audited")
	@ApiResponse(responseCode = "200", description = "The report",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "403", description = "The caller is no partner account")
	@ApiResponse(responseCode = "404", description = "No such list, or another organisation's")
	void report(@PathVariable UUID id, Authentication authentication, HttpServletResponse response) throws IOException {
		this.csv.write(new ReferralImportId(id), partner(authentication), LocaleContextHolder.getLocale(), response);
	}

	@ExceptionHandler(ReferralFileRefused.class)
	ResponseEntity<ProblemDetail> refused(ReferralFileRefused refused) {
		return ReferralImportRestController.problem(refused, this.messages);
	}

	private StaffMember partner(Authentication authentication) {
		StaffMember viewer = this.viewers.of(authentication);
		if (viewer.role() != Role.PARTNER) {
			// Counsellors import through /api/v1/participants/imports.
			throw new AccessDeniedException("Only partner organisations upload referral lists here");
		}
		return viewer;
	}

}
