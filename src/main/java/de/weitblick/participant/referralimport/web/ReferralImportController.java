package de.weitblick.participant.referralimport.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import de.weitblick.organisation.StaffMember;
import de.weitblick.participant.referralimport.ReferralColumn;
import de.weitblick.participant.referralimport.ReferralImport;
import de.weitblick.participant.referralimport.ReferralImportId;
import de.weitblick.participant.referralimport.ReferralListUploads;
import de.weitblick.participant.referralimport.ReferralImportProgress;
import de.weitblick.participant.referralimport.ReferralImportReports;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;
import de.weitblick.participant.web.Viewers;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing referral lists on pages: the upload with the columns explained, the team's
 * imports, and one import with its progress bar and, once finished, its report. The
 * progress is polled by htmx from the import's own address, which then answers only the
 * part that changes.
 */
@Controller
class ReferralImportController {

	/** Findings per page of the report. */
	static final int REPORT_PAGE_SIZE = 50;

	private static final int LISTED_IMPORTS = 50;

	private final ReferralListUploads uploads;

	private final ReferralImportProgress progress;

	private final ReferralImportReports reports;

	private final Viewers viewers;

	private final ReferralImportReportCsv csv;

	ReferralImportController(ReferralListUploads uploads, ReferralImportProgress progress,
			ReferralImportReports reports, Viewers viewers, ReferralImportReportCsv csv) {
		this.uploads = uploads;
		this.progress = progress;
		this.reports = reports;
		this.viewers = viewers;
		this.csv = csv;
	}

	@GetMapping("/participants/imports")
	String imports(Authentication authentication, Model model) {
		return page(this.viewers.of(authentication), model);
	}

	@PostMapping("/participants/imports")
	String upload(@RequestParam(required = false) MultipartFile file, Authentication authentication, Model model,
			RedirectAttributes redirect) throws IOException {
		StaffMember viewer = this.viewers.of(authentication);
		if (file == null
				|| file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
			model.addAttribute("fileErrorKey", "participant.import.file.missing");
			model.addAttribute("fileErrorArguments", new Object[0]);
			return page(viewer, model);
		}
		try {
			ReferralImportId id = this.uploads.start(file.getOriginalFilename(), file.getBytes(), viewer);
			redirect.addFlashAttribute("messageKey", "participant.import.started");
			return "redirect:/participants/imports/" + id.id();
		}
		catch (RuleViolation refused) {
			model.addAttribute("fileErrorKey", refused.messageKey());
			model.addAttribute("fileErrorArguments", refused.arguments());
			return page(viewer, model);
		}
	}

	@GetMapping("/participants/imports/{id}")
	String referralImport(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
			Model model) {
		StaffMember viewer = this.viewers.of(authentication);
		ReferralImport referralImport = this.progress.referralImport(new ReferralImportId(id), viewer)
			.orElseThrow(() -> new NotFound("participant.import.not-found"));
		model.addAttribute("i", referralImport);
		model.addAttribute("separatorKey", switch (referralImport.separator()) {
			case ';' -> "participant.import.separator.semicolon";
			case ',' -> "participant.import.separator.comma";
			case '\t' -> "participant.import.separator.tab";
			default -> "participant.import.separator.other";
		});
		if (referralImport.finished()) {
			model.addAttribute("report",
					this.reports.report(referralImport.id(), Math.max(0, page), REPORT_PAGE_SIZE, viewer));
		}
		return (htmx != null) ? "participant/import :: poll" : "participant/import";
	}

	@PostMapping("/participants/imports/{id}/resume")
	String resume(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		try {
			this.uploads.resume(new ReferralImportId(id), this.viewers.of(authentication));
			redirect.addFlashAttribute("messageKey", "participant.import.resumed");
		}
		catch (RuleViolation refused) {
			redirect.addFlashAttribute("messageKey", refused.messageKey());
		}
		return "redirect:/participants/imports/" + id;
	}

	@GetMapping("/participants/imports/{id}/report")
	void report(@PathVariable UUID id, Authentication authentication, Locale locale, HttpServletResponse response)
			throws IOException {
		this.csv.write(new ReferralImportId(id), this.viewers.of(authentication), locale, response);
	}

	private String page(StaffMember viewer, Model model) {
		model.addAttribute("imports", this.progress.imports(viewer, LISTED_IMPORTS));
		model.addAttribute("columns", ReferralColumn.values());
		return "participant/imports";
	}

}
