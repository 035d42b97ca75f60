package de.weitblick.participant.referralimport.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import de.weitblick.participant.referralimport.ReferralFileRefused;
import de.weitblick.participant.referralimport.ReferralImport;
import de.weitblick.participant.referralimport.ReferralImportFinding;
import de.weitblick.participant.referralimport.ReferralImportId;
import de.weitblick.participant.referralimport.ReferralImportOutcome;
import de.weitblick.participant.referralimport.ReferralImportReport;
import de.weitblick.participant.referralimport.ReferralImportStatus;
import de.weitblick.participant.referralimport.ReferralListUploads;
import de.weitblick.participant.referralimport.ReferralImportProgress;
import de.weitblick.participant.referralimport.ReferralImportReports;
import de.weitblick.shared.NotFound;
import de.weitblick.participant.web.Viewers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
 * Referral lists through the API: a partner system or a counsellor's tool uploads the CSV
 * file, then asks for the progress and the report. The columns are described in
 * {@code docs/referral-import.md}.
 */
@RestController
@RequestMapping("/api/v1/participants/imports")
@Tag(name = "Referral imports",
		description = "Referral lists (Zuweisungslisten) as CSV, imported in the background into the caller's team")
class ReferralImportRestController {

	private static final int MAXIMUM_PAGE_SIZE = 1_000;

	private static final int MAXIMUM_LISTED_IMPORTS = 500;

	private final ReferralListUploads uploads;

	private final ReferralImportProgress progress;

	private final ReferralImportReports reports;

	private final Viewers viewers;

	private final MessageSource messages;

	private final ReferralImportReportCsv csv;

	ReferralImportRestController(ReferralListUploads uploads, ReferralImportProgress progress,
			ReferralImportReports reports, Viewers viewers, MessageSource messages, ReferralImportReportCsv csv) {
		this.uploads = uploads;
		this.progress = progress;
		this.reports = reports;
		this.viewers = viewers;
		this.messages = messages;
		this.csv = csv;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a referral list; it is checked at once and imported in the background",
			description = "CSV in UTF-8 (with or without byte order mark), Windows-1252 or UTF-16 with byte order mark, "
					+ "separated by semicolons, commas or tabs, with a header line naming the columns in German or "
					+ "English. Answers 202 with the import; follow its progress at the Location. The same file sent "
					+ "again while its import runs answers with that import. Rows whose customer number is on record "
					+ "are reported as already imported, never created twice.")
	@ApiResponse(responseCode = "202", description = "Accepted; the import runs in the background")
	@ApiResponse(responseCode = "422",
			description = "Not a referral list that can be read: empty, a spreadsheet instead of CSV, missing, unknown "
					+ "or repeated columns (named in 'columns'), or unreadable from a row on (named in 'row')")
	@ApiResponse(responseCode = "413", description = "Larger than the upload limit")
	ResponseEntity<ImportResource> importReferralList(
			@Parameter(description = "The referral list as a CSV file") @RequestPart("file") MultipartFile file,
			Authentication authentication) throws IOException {
		var viewer = this.viewers.of(authentication);
		ReferralImportId id = this.uploads.start(file.getOriginalFilename(), file.getBytes(), viewer);
		ReferralImport referralImport = this.progress.referralImport(id, viewer).orElseThrow();
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/participants/imports/" + id.id()))
			.body(ImportResource.of(referralImport, null));
	}

	@GetMapping
	@Operation(summary = "The imports of the caller's team, the newest first")
	List<ImportResource> listReferralImports(
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "{error.input.page-size-min}") @Max(
					value = MAXIMUM_LISTED_IMPORTS, message = "{error.input.page-size-max}") int limit,
			Authentication authentication) {
		return this.progress.imports(this.viewers.of(authentication), limit)
			.stream()
			.map(i -> ImportResource.of(i, null))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import's status and progress, and once finished one page of its report",
			description = "The report lists, in row order, every row that was not imported, with the column and "
					+ "the reason in the client's language. Reading it is audited.")
	@ApiResponse(responseCode = "404", description = "No such import, or another team's")
	ImportResource getReferralImport(@PathVariable UUID id,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{error.input.page}") int page,
			@RequestParam(defaultValue = "100") @Min(value = 1, message = "{error.input.page-size-min}") @Max(
					value = MAXIMUM_PAGE_SIZE, message = "{error.input.page-size-max}") int size,
			Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		ReferralImport referralImport = this.progress.referralImport(new ReferralImportId(id), viewer)
			.orElseThrow(() -> new NotFound("participant.import.not-found"));
		ReportResource report = null;
		if (referralImport.finished()) {
			ReferralImportReport page0 = this.reports.report(referralImport.id(), page, size, viewer);
			Locale locale = LocaleContextHolder.getLocale();
			report = new ReportResource(page0.page(), page0.size(), page0.total(),
					page0.findings().stream().map(finding -> finding(finding, locale)).toList());
		}
		return ImportResource.of(referralImport, report);
	}

	@GetMapping(path = "/{id}/report", produces = "text/csv")
	@Operation(summary = "The whole report as CSV (UTF-8 with byte order mark, semicolons)")
	void downloadReferralImportReport(@PathVariable UUID id, Authentication authentication,
			HttpServletResponse response) throws IOException {
		this.csv.write(new ReferralImportId(id), this.viewers.of(authentication), LocaleContextHolder.getLocale(),
				response);
	}

	@PostMapping("/{id}/resume")
	@Operation(summary = "Take up an interrupted import now instead of waiting for the next check")
	@ApiResponse(responseCode = "202", description = "The import is taken up again; its progress at the Location")
	@ApiResponse(responseCode = "422", description = "The import is finished or under way")
	ResponseEntity<ImportResource> resumeReferralImport(@PathVariable UUID id, Authentication authentication) {
		var viewer = this.viewers.of(authentication);
		this.uploads.resume(new ReferralImportId(id), viewer);
		ReferralImport referralImport = this.progress.referralImport(new ReferralImportId(id), viewer).orElseThrow();
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/participants/imports/" + id))
			.body(ImportResource.of(referralImport, null));
	}

	@ExceptionHandler(ReferralFileRefused.class)
	ResponseEntity<ProblemDetail> refused(ReferralFileRefused refused) {
		return problem(refused, this.messages);
	}

	/**
	 * A referral list that cannot be imported at all, as a problem detail naming the
	 * columns or the row.
	 */
	static ResponseEntity<ProblemDetail> problem(ReferralFileRefused refused, MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		problem.setTitle(messages.getMessage("participant.import.refused", null, locale));
		problem.setProperty("field", "file");
		if (!refused.columns().isEmpty()) {
			problem.setProperty("columns", refused.columns());
		}
		if (refused.row() != null) {
			problem.setProperty("row", refused.row());
		}
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private FindingResource finding(ReferralImportFinding finding, Locale locale) {
		return FindingResource.of(finding, this.messages, locale, true);
	}

	/**
	 * An import as the API shows it.
	 *
	 * @param report null while the import runs
	 */
	record ImportResource(UUID id, String fileName, ReferralImportStatus status, boolean interrupted, int totalRows,
			int processedRows, int percent, int createdRows, int alreadyImportedRows, int duplicateRows,
			int invalidRows, Instant uploadedAt, Instant startedAt, Instant finishedAt, String charset,
			String separator, ReportResource report) {

		static ImportResource of(ReferralImport i, ReportResource report) {
			return new ImportResource(i.id().id(), i.fileName(), i.status(), i.interrupted(), i.totalRows(),
					i.processedRows(), i.percent(), i.createdRows(), i.alreadyImportedRows(), i.duplicateRows(),
					i.invalidRows(), i.uploadedAt(), i.startedAt(), i.finishedAt(), i.charset(),
					String.valueOf(i.separator()), report);
		}

	}

	/**
	 * One page of the report.
	 */
	record ReportResource(int page, int size, long total, List<FindingResource> findings) {
	}

	/**
	 * A row that was not imported.
	 *
	 * @param column the German header of the column, null for the row as a whole
	 * @param participantId the matching case, only when the caller's team holds it
	 */
	record FindingResource(int row, String customerNumber, ReferralImportOutcome outcome, String column, String message,
			UUID participantId) {

		/**
		 * @param withCase whether the caller may learn the identifier of the matching
		 * case
		 */
		static FindingResource of(ReferralImportFinding finding, MessageSource messages, Locale locale,
				boolean withCase) {
			return new FindingResource(finding.row(), finding.customerNumber(), finding.outcome(),
					(finding.column() != null) ? finding.column().germanHeader() : null,
					messages.getMessage(finding.messageKey(), finding.arguments().toArray(), locale),
					(withCase && finding.participant() != null) ? finding.participant().id() : null);
		}

	}

}
