/**
 * Participants (Teilnehmende): the case file with personal data, household, benefit
 * basis, focus groups, and in time plan, appointments, notes and documents. Every read
 * and change is audited.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "focusgroup", "organisation", "privacy" })
package de.weitblick.participant;
