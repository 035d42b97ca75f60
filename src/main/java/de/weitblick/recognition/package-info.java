/**
 * Recognition (Anerkennung) of foreign professional qualifications: the notice of partial
 * equivalence with the gaps it names, the plan of internship modules at host employers
 * inside or outside the city group that closes them, the progress per module and the
 * outcome. Reads people only through the participant module's facades and audits every
 * read and change through the privacy module's audit trail.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "organisation", "privacy", "participant", "employer" })
package de.weitblick.recognition;
