/**
 * Projects (Projekte) with their description, eligibility rules, partners, target focus
 * groups, funding and places per period with the history of capacity changes; referrals,
 * waiting lists and enrolments (Zuweisungen, Wartelisten, Teilnahmen), attendance,
 * outcomes and the project's figures. Reads people's eligibility facts through the
 * participant module's facade and audits every read and change of an enrolment through
 * the privacy module's audit trail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "focusgroup", "strategy",
		"organisation", "funding", "participant", "privacy" })
package de.weitblick.project;
