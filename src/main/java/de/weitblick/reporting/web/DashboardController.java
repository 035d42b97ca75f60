package de.weitblick.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import de.weitblick.funding.FundingManagement;
import de.weitblick.funding.ProjectDirectory;
import de.weitblick.reporting.Dashboard;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The head of department's dashboard, filtered by period, programme and project.
 */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final FundingManagement funding;

	private final ProjectDirectory projects;

	private final Clock clock;

	DashboardController(Dashboard dashboard, FundingManagement funding, ProjectDirectory projects, Clock clock) {
		this.dashboard = dashboard;
		this.funding = funding;
		this.projects = projects;
		this.clock = clock;
	}

	@GetMapping("/reports/dashboard")
	String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID programme, @RequestParam(required = false) UUID project, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = (from != null) ? from : today.withDayOfYear(1);
		LocalDate end = (to != null && !to.isBefore(start)) ? to : start.withDayOfYear(start.lengthOfYear());
		model.addAttribute("d", this.dashboard.of(new Dashboard.Filter(start, end, programme, project)));
		model.addAttribute("programmeOptions",
				this.funding.programmes().stream().map(p -> Map.entry(p.id(), p.name())).toList());
		model.addAttribute("projectOptions", this.projects.projectNames().entrySet().stream().toList());
		return "reporting/dashboard";
	}

}
