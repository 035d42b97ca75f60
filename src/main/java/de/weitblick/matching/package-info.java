/**
 * Matching (Zuordnung): provably optimal assignment of participants to places, with every
 * proposal's score broken into its parts, and taster-day schedules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "privacy",
		"focusgroup", "participant", "project", "employer", "placement" })
package de.weitblick.matching;
