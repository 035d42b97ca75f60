/**
 * Projects with their places per period, partners, target focus groups and funding
 * (Projekte); in time also waiting lists, enrolments, attendance and outcomes.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "focusgroup", "organisation", "funding" })
package de.weitblick.project;
