/**
 * The award "Unternehmen mit Weitblick" for employers who do much for the focus groups: a
 * round per dialogue edition, nominations by staff, partners, the public with a confirmed
 * address or from an employer's engagement record, a jury scoring against weighted
 * criteria, the winners with their citation and the public showcase of them.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "organisation", "employer", "placement", "dialogue" })
package de.weitblick.award;
