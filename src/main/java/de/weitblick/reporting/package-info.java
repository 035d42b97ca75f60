/**
 * Figures, the head of department's dashboard, funder reports and reminders of the
 * funders' reporting dates (Berichte). Reads the other modules through their facades and
 * read models; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "focusgroup",
		"funding", "project", "project :: attendance", "participant", "privacy" })
package de.weitblick.reporting;
