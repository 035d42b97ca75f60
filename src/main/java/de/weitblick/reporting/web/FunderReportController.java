package de.weitblick.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import de.weitblick.funding.FundingManagement;
import de.weitblick.funding.FundingProgrammeId;
import de.weitblick.funding.ProjectDirectory;
import de.weitblick.organisation.SignedInStaff;
import de.weitblick.organisation.StaffMember;
import de.weitblick.reporting.FunderReports;
import de.weitblick.shared.NotFound;
import de.weitblick.shared.RuleViolation;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The funder reports page: ask for a report, follow its progress (the list refreshes
 * itself while a report runs) and download it as XLSX or PDF.
 */
@Controller
class FunderReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final FunderReports reports;

	private final FundingManagement funding;

	private final ProjectDirectory projects;

	private final SignedInStaff signedIn;

	private final Clock clock;

	FunderReportController(FunderReports reports, FundingManagement funding, ProjectDirectory projects,
			SignedInStaff signedIn, Clock clock) {
		this.reports = reports;
		this.funding = funding;
		this.projects = projects;
		this.signedIn = signedIn;
		this.clock = clock;
	}

	@GetMapping("/reports/funder")
	String page(Authentication authentication, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("runs", this.reports.runs(this.signedIn.required(authentication)));
		if (htmx != null) {
			return "reporting/funder :: runs";
		}
		return page(model, null, null, null, null, null);
	}

	@PostMapping("/reports/funder")
	String start(@RequestParam(required = false) UUID programmeId, @RequestParam(required = false) UUID projectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication authentication, Model model) {
		StaffMember viewer = this.signedIn.required(authentication);
		try {
			this.reports.start((programmeId != null) ? new FundingProgrammeId(programmeId) : null, projectId, from, to,
					viewer);
			return "redirect:/reports/funder";
		}
		catch (RuleViolation violation) {
			model.addAttribute("runs", this.reports.runs(viewer));
			return page(model, violation, programmeId, projectId, from, to);
		}
	}

	@GetMapping("/reports/runs/{id}/{kind:xlsx|pdf}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable String kind, Authentication authentication) {
		byte[] file = this.reports.file(id, kind, this.signedIn.required(authentication))
			.orElseThrow(() -> new NotFound("reporting.run.not-found"));
		return ResponseEntity.ok()
			.contentType("pdf".equals(kind) ? MediaType.APPLICATION_PDF : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("foerderbericht-" + id + "." + kind).build().toString())
			.body(file);
	}

	private String page(Model model, RuleViolation violation, UUID programmeId, UUID projectId, LocalDate from,
			LocalDate to) {
		model.addAttribute("violation", violation);
		model.addAttribute("programmes", this.funding.programmes());
		Map<UUID, String> names = this.projects.projectNames();
		model.addAttribute("projectNames", names);
		model.addAttribute("programmeId", programmeId);
		model.addAttribute("projectId", projectId);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("from", (from != null) ? from : today.withDayOfYear(1));
		model.addAttribute("to", (to != null) ? to : today.withDayOfYear(today.lengthOfYear()));
		return "reporting/funder";
	}

}
