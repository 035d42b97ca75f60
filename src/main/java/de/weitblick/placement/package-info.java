/**
 * Placements (Vermittlungen) of participants with employers in their offers, from the
 * proposal to the agreement, the start, the end with its reason and the follow-up at six
 * months, and each employer's engagement record computed from them. Reads people only
 * through the participant module's facade and audits every read and change through the
 * privacy module's audit trail.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "organisation", "privacy", "participant", "employer", "focusgroup" })
package de.weitblick.placement;
