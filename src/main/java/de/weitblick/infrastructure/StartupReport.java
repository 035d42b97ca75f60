package de.weitblick.infrastructure;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.weitblick.infrastructure.database.DemoData;
import de.weitblick.organisation.OrganisationManagement;
import de.weitblick.organisation.StaffAccountSummary;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started Weitblick where to open it and, with demo data, which demo
 * accounts exist.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final OrganisationManagement organisation;

	private final Environment environment;

	StartupReport(OrganisationManagement organisation, Environment environment) {
		this.organisation = organisation;
		this.environment = environment;
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		String port = this.environment.getProperty("local.server.port", "8080");
		String contextPath = this.environment.getProperty("server.servlet.context-path", "");
		StringBuilder report = new StringBuilder();
		report.append("\n\n  Weitblick is running: open http://localhost:")
			.append(port)
			.append(contextPath)
			.append("/\n");
		report.append("  API description: http://localhost:").append(port).append(contextPath).append("/api/docs\n");
		if (DemoData.isEnabled(this.environment)) {
			List<StaffAccountSummary> accounts = this.organisation.demoAccounts();
			report.append("\n  DEMO ONLY - these accounts exist for demonstration and must never reach production.\n");
			report.append("  Every demo account has the password: weitblick-demo\n\n");
			for (StaffAccountSummary account : accounts) {
				report.append(String.format("    %-20s %s%n", account.username(), account.role()));
			}
		}
		log.info(report.toString());
	}

}
