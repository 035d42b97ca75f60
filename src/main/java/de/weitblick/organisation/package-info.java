/**
 * Organisational units, staff accounts with their roles, and partner organisations such
 * as the Jobcenter, education providers, the chamber of crafts and schools
 * (Organisation).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package de.weitblick.organisation;
